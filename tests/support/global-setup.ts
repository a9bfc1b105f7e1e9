import { startTestNeo4j } from './test-neo4j';

/** The integration and browser projects' Neo4j, for the whole run. */
export default () => startTestNeo4j('integration');
