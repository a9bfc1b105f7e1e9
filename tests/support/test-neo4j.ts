import 'reflect-metadata';
import fs from 'node:fs';
import type { Config } from '../../src/config/config';
import { Database } from '../../src/db/database';
import { LocalNeo4j } from '../../src/db/local-neo4j/local-neo4j';
import { InstanceClaim } from '../../src/db/local-neo4j/owner';
import { seedDatabase } from '../../src/seed/seed';
import { TEST_NEO4J, type TestNeo4jName, testConfig } from './test-config';

const started = (name: TestNeo4jName) => `__TEST_NEO4J_${name.toUpperCase()}__`;

/** The refusal's second sentence when another run holds the instance. */
const ANOTHER_RUN =
  'Let that run finish, or give this one its own instance and ports: ' +
  'TEST_NEO4J_INSTANCE=<name> TEST_NEO4J_BOLT_PORT=<port> (README: "Commands").';

/** A test Neo4j held by this run: stopped and given up by stopTestInstance. */
export interface TestInstance {
  local: LocalNeo4j;
  claim: InstanceClaim;
  uri: string;
  password: string;
}

/**
 * Claims a test instance for this run (another run on it is refused, instead of wiping the data
 * under it), then starts it fresh: whatever JVM it has is stopped (a run killed mid-way leaves its
 * Neo4j running; this run takes it over), the data folder wiped, Neo4j started, the seeds loaded.
 */
export async function startTestInstance(config: Config, log: (line: string) => void): Promise<TestInstance> {
  const local = new LocalNeo4j(config, log);
  const claim = InstanceClaim.take(local.paths, {
    holder: 'a test run',
    boltPort: config.local.boltPort,
    hint: ANOTHER_RUN,
  });
  if (claim.previous)
    log(`the run that held this instance (pid ${claim.previous.pid}) is gone: taking it over`);
  try {
    await local.stop();
    fs.rmSync(local.paths.data, { recursive: true, force: true });
    fs.rmSync(local.paths.passwordFile, { force: true });
    const running = await local.start();
    const database = Database.connect(config.neo4j, running);
    try {
      await seedDatabase(database);
    } finally {
      await database.close();
    }
    return { local, claim, uri: running.uri, password: running.password };
  } catch (error) {
    // Teardown does not run when setup fails: stop the JVM here, or it outlives the run.
    await stopTestInstance({ local, claim });
    throw error;
  }
}

/** Stops the instance's Neo4j, then gives the instance up. */
export async function stopTestInstance({
  local,
  claim,
}: Pick<TestInstance, 'local' | 'claim'>): Promise<void> {
  try {
    await local.stop();
  } finally {
    claim.release();
  }
}

/**
 * Starts a project's test Neo4j (startTestInstance) and hands its address to the tests through the
 * environment. A test that changes the graph must leave it seeded as it found it.
 */
export async function startTestNeo4j(name: TestNeo4jName): Promise<void> {
  const instance = await startTestInstance(testConfig({}, name), (line) =>
    console.log(`[test neo4j ${name}] ${line}`),
  );
  process.env[`${TEST_NEO4J[name].env}_URI`] = instance.uri;
  process.env[`${TEST_NEO4J[name].env}_PASSWORD`] = instance.password;
  (globalThis as Record<string, unknown>)[started(name)] = instance;
}

export async function stopTestNeo4j(name: TestNeo4jName): Promise<void> {
  const instance = (globalThis as Record<string, unknown>)[started(name)] as TestInstance | undefined;
  if (instance) await stopTestInstance(instance);
}
