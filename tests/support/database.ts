import { Database } from '../../src/db/database';
import { testConfig } from './test-config';

/** A driver on the run's Neo4j, started by the global setup. Close it in afterAll. */
export function connectTestDatabase(): Database {
  const uri = process.env.TEST_NEO4J_URI;
  const password = process.env.TEST_NEO4J_PASSWORD;
  if (!uri || !password) throw new Error('The test Neo4j is not running: run the tests with `npm test`');
  return Database.connect(testConfig().neo4j, { uri, user: 'neo4j', password });
}
