import { startTestNeo4j } from './test-neo4j';

/** The reliability project's own Neo4j: its tests stop, restart and kill it. */
export default () => startTestNeo4j('reliability');
