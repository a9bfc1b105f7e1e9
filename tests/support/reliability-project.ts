// A setup file of the reliability project: its tests use the reliability Neo4j (tests/support/test-config.ts).
process.env.TEST_NEO4J_PROJECT = 'reliability';
