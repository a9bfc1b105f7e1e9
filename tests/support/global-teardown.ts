import { stopTestNeo4j } from './test-neo4j';

export default () => stopTestNeo4j('integration');
