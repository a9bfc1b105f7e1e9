/**
 * What the README says the command-line entry points print: a bad setting in one line, and
 * `db:status` naming the Bolt port the instance's Neo4j really listens on.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config/config';
import { TEST_BOLT_PORT, TEST_INSTANCE } from '../support/test-config';

/** The built CLI, with the given settings and none of the developer's NEO4J_* or PORT. */
function cli(file: string, args: string[], env: Record<string, string>) {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(NEO4J_|PORT$)/.test(name)),
  );
  return spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'dist', 'cli', file), ...args], {
    env: { ...inherited, ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('the command-line entry points', () => {
  it('name a bad setting in one line and start nothing (README: "Configuration")', () => {
    const run = cli('start.js', [], { PORT: 'abc', NEO4J_INSTANCE: TEST_INSTANCE });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('Invalid configuration: PORT: must be a whole number from 0 to 65535\n');
  });

  it("db:status reports the instance's own Bolt port, not the configured default", () => {
    // The run's Neo4j listens on TEST_NEO4J_BOLT_PORT; NEO4J_BOLT_PORT is left at its default 7687.
    const run = cli('db.js', ['status'], { NEO4J_INSTANCE: TEST_INSTANCE });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      new RegExp(`^running \\(pid \\d+\\) on bolt://127\\.0\\.0\\.1:${TEST_BOLT_PORT}\\n`),
    );
  });
});
