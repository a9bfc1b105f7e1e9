import { Database } from '../../src/db/database';
import { runningTestNeo4j, testConfig } from './test-config';

/** A driver on the project's test Neo4j, started by the global setup. Close it in afterAll. */
export function connectTestDatabase(overrides: Record<string, string> = {}): Database {
  return Database.connect(testConfig(overrides).neo4j, { user: 'neo4j', ...runningTestNeo4j() });
}
