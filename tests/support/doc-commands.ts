import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config/config';
import type { NpmCommand } from './doc-snippets';

/**
 * How the doc test runs each `npm run …` the docs show (docs/doc-tests.md). `as shown`: with its
 * arguments, against the run's test Neo4j. `help`: the same command with `--help` instead of its
 * arguments, where running it would start a Neo4j or a server that never exits, rewrite a file of
 * the repository, or take minutes; it must still exist and exit 0. `not run`: said why, and listed.
 */
export type Plan = { how: 'as shown' | 'help'; argv: string[] } | { how: 'not run'; reason: string };

const THE_RUN = 'the test run itself (npm test runs it)';
const NOT_RUN: Record<string, string> = {
  test: THE_RUN,
  'test:unit': THE_RUN,
  'test:integration': THE_RUN,
  'test:reliability': THE_RUN,
  'test:browser': THE_RUN,
  build: 'npm test builds before the tests; a rebuild here would rewrite dist/ under the other tests',
  check: '.ci/run runs it before npm test (type-check, ESLint, schema lint, Prettier: minutes)',
  typecheck: 'part of npm run check, which .ci/run runs before npm test',
  'bench:explorer':
    'bench/explorer.ts takes no --help yet (bench/*.ts belongs to issue 22 for now), and a run starts Neo4j and Chromium',
};

/** Heavy, long-running or writing into the repository: tried with --help. */
const HELP_ONLY = new Set([
  'start',
  'db:install',
  'db:start',
  'db:stop',
  'bench',
  'eval:intake',
  'schema:emit',
  'web:dev',
  'web:codegen',
]);

/** `npm run seed` loads the local Neo4j; these arguments make it write files or finish an import only. */
const SEED_AS_SHOWN = ['--csv', '--after-import', '--check'];

export function planFor(command: NpmCommand): Plan {
  const reason = NOT_RUN[command.script];
  if (reason) return { how: 'not run', reason };
  const placeholder = command.args.some((arg) => /<[^>]+>/.test(arg));
  const heavy =
    HELP_ONLY.has(command.script) ||
    (command.script === 'seed' && !command.args.some((arg) => SEED_AS_SHOWN.includes(arg)));
  if (placeholder || heavy) return { how: 'help', argv: ['--help'] };
  return { how: 'as shown', argv: command.args };
}

export function packageScripts(): Record<string, string> {
  const pkg = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  return pkg.scripts;
}

const BUILD_FIRST = 'npm run build --silent && ';
const shellQuote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;

/**
 * A working folder whose entries are the repository's (so `dist/…` and `examples/…` resolve), in
 * which a command's relative outputs (`--out ./graph-export`, `--csv ./import-files`) land.
 */
export function workingCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gouden-doc-'));
  for (const entry of fs.readdirSync(PROJECT_ROOT)) {
    if (entry !== '.git') fs.symlinkSync(path.join(PROJECT_ROOT, entry), path.join(dir, entry));
  }
  return dir;
}

export interface CommandRun {
  status: number | null;
  output: string;
}

/**
 * Runs an npm script as `npm run` would, less its leading build: the test run has built (running
 * `npm run` itself would rebuild for each command). Arguments are appended, as npm appends them.
 */
export function runScript(
  script: string,
  argv: string[],
  env: Record<string, string>,
  cwd: string,
  timeoutMs = 180_000,
): CommandRun {
  const line = packageScripts()[script];
  const command = line.startsWith(BUILD_FIRST) ? line.slice(BUILD_FIRST.length) : line;
  const run = spawnSync('sh', ['-c', [command, ...argv.map(shellQuote)].join(' ')], {
    cwd,
    env: {
      ...process.env,
      ...env,
      PATH: `${path.join(PROJECT_ROOT, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
    },
    encoding: 'utf8',
    timeout: timeoutMs,
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}
