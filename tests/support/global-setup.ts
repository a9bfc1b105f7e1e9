import 'reflect-metadata';
import fs from 'node:fs';
import { Database } from '../../src/db/database';
import { LocalNeo4j } from '../../src/db/local-neo4j/local-neo4j';
import { seedDatabase } from '../../src/seed/seed';
import { testConfig } from './test-config';

/**
 * Starts a fresh Neo4j for the run (its data folder wiped first), loads the curated seeds, and hands
 * its address to the tests. A test that changes the graph must leave it seeded as it found it.
 */
export default async function globalSetup(): Promise<void> {
  const local = new LocalNeo4j(testConfig(), (line) => console.log(`[test neo4j] ${line}`));
  await local.stop();
  fs.rmSync(local.paths.data, { recursive: true, force: true });
  fs.rmSync(local.paths.passwordFile, { force: true });
  const started = await local.start();
  const database = Database.connect(testConfig().neo4j, started);
  try {
    await seedDatabase(database);
  } catch (error) {
    // Teardown does not run when setup fails: stop the JVM here, or it outlives the run.
    await local.stop();
    throw error;
  } finally {
    await database.close();
  }
  process.env.TEST_NEO4J_URI = started.uri;
  process.env.TEST_NEO4J_PASSWORD = started.password;
  (globalThis as { __TEST_NEO4J__?: LocalNeo4j }).__TEST_NEO4J__ = local;
}
