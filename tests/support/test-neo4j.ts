import 'reflect-metadata';
import fs from 'node:fs';
import { Database } from '../../src/db/database';
import { LocalNeo4j } from '../../src/db/local-neo4j/local-neo4j';
import { seedDatabase } from '../../src/seed/seed';
import { TEST_NEO4J, type TestNeo4jName, testConfig } from './test-config';

const started = (name: TestNeo4jName) => `__TEST_NEO4J_${name.toUpperCase()}__`;

/**
 * Starts a fresh test Neo4j (its data folder wiped first), loads the curated seeds, and hands its
 * address to the tests through the environment. A test that changes the graph must leave it seeded
 * as it found it.
 */
export async function startTestNeo4j(name: TestNeo4jName): Promise<void> {
  const config = testConfig({}, name);
  const local = new LocalNeo4j(config, (line) => console.log(`[test neo4j ${name}] ${line}`));
  await local.stop();
  fs.rmSync(local.paths.data, { recursive: true, force: true });
  fs.rmSync(local.paths.passwordFile, { force: true });
  const running = await local.start();
  const database = Database.connect(config.neo4j, running);
  try {
    await seedDatabase(database);
  } catch (error) {
    // Teardown does not run when setup fails: stop the JVM here, or it outlives the run.
    await local.stop();
    throw error;
  } finally {
    await database.close();
  }
  process.env[`${TEST_NEO4J[name].env}_URI`] = running.uri;
  process.env[`${TEST_NEO4J[name].env}_PASSWORD`] = running.password;
  (globalThis as Record<string, unknown>)[started(name)] = local;
}

export async function stopTestNeo4j(name: TestNeo4jName): Promise<void> {
  await ((globalThis as Record<string, unknown>)[started(name)] as LocalNeo4j | undefined)?.stop();
}
