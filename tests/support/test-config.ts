import { loadConfig, type Config } from '../../src/config/config';

/**
 * The test runs' own Neo4j servers: other instance names, data folders and ports than a developer's.
 * `integration` serves the integration and browser projects; `reliability` serves only the
 * reliability project, whose tests stop, restart and kill it. TEST_NEO4J_INSTANCE and
 * TEST_NEO4J_BOLT_PORT let two runs share a machine. The reliability server is the instance
 * `<instance>-reliability` on TEST_NEO4J_BOLT_PORT + 2 (+ 1 is the launcher test's throw-away
 * instance), or on TEST_RELIABILITY_NEO4J_BOLT_PORT.
 */
export type TestNeo4jName = 'integration' | 'reliability';

const INSTANCE = process.env.TEST_NEO4J_INSTANCE ?? 'test';
const BOLT_PORT = Number(process.env.TEST_NEO4J_BOLT_PORT ?? '17687');

export const TEST_NEO4J: Record<TestNeo4jName, { instance: string; boltPort: number; env: string }> = {
  integration: { instance: INSTANCE, boltPort: BOLT_PORT, env: 'TEST_NEO4J' },
  reliability: {
    instance: `${INSTANCE}-reliability`,
    boltPort: Number(process.env.TEST_RELIABILITY_NEO4J_BOLT_PORT ?? BOLT_PORT + 2),
    env: 'TEST_RELIABILITY_NEO4J',
  },
};

/**
 * The embedded-default test (tests/reliability/embedded.test.ts): `npm start` without NEO4J_URI on
 * an instance of its own, its Neo4j on TEST_NEO4J_BOLT_PORT + 13 and its services on + 14 and + 15,
 * clear of the run's servers (+ 0 to + 2).
 */
export const EMBEDDED_TEST = {
  instance: `${INSTANCE}-embedded`,
  boltPort: BOLT_PORT + 13,
  httpPorts: [BOLT_PORT + 14, BOLT_PORT + 15] as const,
};

/**
 * Nested runs of the reliability project (embedded.test.ts), one of them killed mid-way: their
 * Neo4j is the instance `<instance>-killed-run-reliability` on TEST_NEO4J_BOLT_PORT + 16 (their
 * own + 2; their integration port, + 14, is never bound: they run the reliability project only).
 */
export const KILLED_RUN_TEST = {
  env: { TEST_NEO4J_INSTANCE: `${INSTANCE}-killed-run`, TEST_NEO4J_BOLT_PORT: String(BOLT_PORT + 14) },
  instance: `${INSTANCE}-killed-run-reliability`,
  boltPort: BOLT_PORT + 16,
};

/** The Neo4j of this test file's project: set by the reliability project's setup file. */
export const TEST_NEO4J_NAME: TestNeo4jName =
  process.env.TEST_NEO4J_PROJECT === 'reliability' ? 'reliability' : 'integration';
export const TEST_INSTANCE = TEST_NEO4J[TEST_NEO4J_NAME].instance;
export const TEST_BOLT_PORT = TEST_NEO4J[TEST_NEO4J_NAME].boltPort;

export function testEnv(name: TestNeo4jName = TEST_NEO4J_NAME): Record<string, string> {
  return {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    NEO4J_INSTANCE: TEST_NEO4J[name].instance,
    NEO4J_BOLT_PORT: String(TEST_NEO4J[name].boltPort),
    NEO4J_HEAP: '512m',
    NEO4J_PAGECACHE: '128m',
    PORT: '0',
    // The machine's Java, as the developer's own `npm start` would find it.
    ...(process.env.JAVA_HOME ? { JAVA_HOME: process.env.JAVA_HOME } : {}),
  };
}

export const TEST_ENV = testEnv();

export function testConfig(
  overrides: Record<string, string> = {},
  name: TestNeo4jName = TEST_NEO4J_NAME,
): Config {
  return loadConfig({ ...testEnv(name), ...overrides });
}

/** The address and password of a running test Neo4j, as its global setup handed them on. */
export function runningTestNeo4j(name: TestNeo4jName = TEST_NEO4J_NAME): { uri: string; password: string } {
  const uri = process.env[`${TEST_NEO4J[name].env}_URI`];
  const password = process.env[`${TEST_NEO4J[name].env}_PASSWORD`];
  if (!uri || !password) {
    throw new Error(`The ${name} test Neo4j is not running: run the tests with \`npm test\``);
  }
  return { uri, password };
}
