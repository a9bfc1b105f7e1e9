/**
 * Four jest projects, by what their tests need (README: "Commands"):
 * - unit: nothing but the code; no Neo4j is started (tests/unit).
 * - integration: the run's real Neo4j, started and seeded by the global setup (the other folders).
 * - reliability: tests that stop, restart or kill Neo4j, on a Neo4j of their own (tests/reliability).
 * - browser: the explorer in a browser, over the integration Neo4j (tests/browser, when it has tests).
 * `npm test` runs reliability in a jest run of its own after the others, so no two Neo4j servers run
 * at once and their timings stay their own.
 */
const support = '<rootDir>/tests/support';

/** @param {import('jest').Config} project */
const project = (project) => ({
  preset: 'ts-jest',
  testEnvironment: 'node',
  rootDir: __dirname,
  roots: ['<rootDir>/tests'],
  setupFiles: ['reflect-metadata'],
  ...project,
});

const integrationNeo4j = {
  // One real Neo4j for the project, on its own ports and data folder (see tests/support/test-neo4j.ts).
  globalSetup: `${support}/global-setup.ts`,
  globalTeardown: `${support}/global-teardown.ts`,
};

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 60_000,
  verbose: true,
  projects: [
    project({ displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] }),
    project({
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/(unit|reliability|browser)/'],
      ...integrationNeo4j,
    }),
    project({
      displayName: 'reliability',
      testMatch: ['<rootDir>/tests/reliability/**/*.test.ts'],
      // Its own Neo4j: these tests stop, restart and kill it.
      globalSetup: `${support}/reliability-global-setup.ts`,
      globalTeardown: `${support}/reliability-global-teardown.ts`,
      setupFiles: ['reflect-metadata', `${support}/reliability-project.ts`],
    }),
    project({
      displayName: 'browser',
      testMatch: ['<rootDir>/tests/browser/**/*.test.ts'],
      ...integrationNeo4j,
    }),
  ],
};
