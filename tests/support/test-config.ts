import { loadConfig, type Config } from '../../src/config/config';

/**
 * The test run's own Neo4j: another instance name, data folder and port than a developer's.
 * TEST_NEO4J_INSTANCE and TEST_NEO4J_BOLT_PORT let two runs share a machine.
 */
export const TEST_INSTANCE = process.env.TEST_NEO4J_INSTANCE ?? 'test';
export const TEST_BOLT_PORT = Number(process.env.TEST_NEO4J_BOLT_PORT ?? '17687');

export const TEST_ENV = {
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  NEO4J_INSTANCE: TEST_INSTANCE,
  NEO4J_BOLT_PORT: String(TEST_BOLT_PORT),
  NEO4J_HEAP: '512m',
  NEO4J_PAGECACHE: '128m',
  PORT: '0',
};

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({ ...TEST_ENV, ...overrides });
}
