import 'reflect-metadata';
import fs from 'node:fs';
import { LocalNeo4j } from '../../src/db/local-neo4j/local-neo4j';
import { testConfig } from './test-config';

/** Starts a fresh Neo4j for the run (its data folder wiped first) and hands its address to the tests. */
export default async function globalSetup(): Promise<void> {
  const local = new LocalNeo4j(testConfig(), (line) => console.log(`[test neo4j] ${line}`));
  await local.stop();
  fs.rmSync(local.paths.data, { recursive: true, force: true });
  fs.rmSync(local.paths.passwordFile, { force: true });
  const started = await local.start();
  process.env.TEST_NEO4J_URI = started.uri;
  process.env.TEST_NEO4J_PASSWORD = started.password;
  (globalThis as { __TEST_NEO4J__?: LocalNeo4j }).__TEST_NEO4J__ = local;
}
