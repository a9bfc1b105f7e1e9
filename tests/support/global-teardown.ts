import type { LocalNeo4j } from '../../src/db/local-neo4j/local-neo4j';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __TEST_NEO4J__?: LocalNeo4j }).__TEST_NEO4J__?.stop();
}
