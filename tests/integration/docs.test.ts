/**
 * The docs, run (docs/doc-tests.md): every ```graphql block, every shell block's curl line (and the
 * other commands beside it) and every `npm run …` of README.md and docs/*.md, against the real
 * service over the run's seeded Neo4j, checked against what the text around them shows. A block
 * marked `<!-- doc-test: illustrative … -->` is not run; those are listed, and few.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Plan, packageScripts, planFor, runScript, workingCopy } from '../support/doc-commands';
import { runShellLine } from '../support/doc-shell';
import {
  type NpmCommand,
  SHELL_LANGS,
  documentFiles,
  npmCommandsOf,
  parseMarkdown,
  readDocument,
  shellLines,
} from '../support/doc-snippets';
import { AS, DOC_002, EXCERPT_002, ok } from '../support/curation';
import { startTestServer } from '../support/server';
import { serviceSuite } from '../support/service-suite';
import { TEST_INSTANCE, runningTestNeo4j } from '../support/test-config';
import { AUTH_ENV } from '../support/tokens';

/** Few, and each on purpose: raise it only with a reason in the marker. */
const MAX_ILLUSTRATIVE = 4;
/** As `npm start` runs by default: the Sandbox at /, `extensions.roundTrips`, stacks in errors. */
const AS_STARTED = { NODE_ENV: 'development' };

const documents = documentFiles().map((file) => ({ file, ...parseMarkdown(file, readDocument(file)) }));
const blocks = documents.flatMap((d) => d.blocks);
const illustrative = blocks.filter((b) => b.marker !== undefined && /^illustrative\b/.test(b.marker));
const runnable = blocks.filter((b) => b.marker === undefined);
const graphqlBlocks = runnable.filter((b) => b.lang === 'graphql');
/** Shell blocks with something to run besides npm (whose commands are run once each, below). */
const shellBlocks = runnable.filter(
  (b) => SHELL_LANGS.has(b.lang) && shellLines(b).some((l) => !/^(\w+=\S+ +)*npm /.test(l.command)),
);
const commands = uniqueCommands(documents.flatMap((d) => npmCommandsOf(d.file, readDocument(d.file))));

function uniqueCommands(all: NpmCommand[]): [string, NpmCommand, Plan][] {
  const byText = new Map<string, NpmCommand>();
  for (const command of all) if (!byText.has(command.text)) byText.set(command.text, command);
  return [...byText.values()].map((c) => [`${c.text} (${c.at})`, c, planFor(c)]);
}

describe('the docs, run against the service', () => {
  // Exports (here and by `npm run analyse -- export`) record snapshots: the ones this file made go.
  const suite = serviceSuite({ ...AUTH_ENV, ...AS_STARTED }, { pristine: true, removeNewSnapshots: true });

  it('finds what to run, and marks only a few blocks illustrative', () => {
    const unknown = blocks.filter((b) => b.marker !== undefined && !/^illustrative\b/.test(b.marker));
    expect(unknown.map((b) => `${b.at}: ${b.marker}`)).toEqual([]);
    console.log(
      `[docs] ${graphqlBlocks.length} graphql blocks, ${shellBlocks.length} shell blocks, ` +
        `${commands.length} npm commands; illustrative (not run): ` +
        (illustrative.map((b) => `${b.at} (${b.marker})`).join('; ') || 'none'),
    );
    expect(graphqlBlocks.length).toBeGreaterThanOrEqual(4);
    expect(shellBlocks.length).toBeGreaterThanOrEqual(4);
    expect(illustrative.length).toBeLessThanOrEqual(MAX_ILLUSTRATIVE);
    // Every GraphQL operation and curl line is in a block the test reads.
    expect(
      blocks.filter((b) => b.lang === '' && b.lines.some((l) => /^\s*(curl |query |mutation )/.test(l))),
    ).toEqual([]);
  });

  describe('```graphql blocks: answered without errors', () => {
    /** `"<…>"` in a block: a value the reader fills in, filled here. */
    const placeholders: Record<string, string> = {};

    beforeAll(async () => {
      // Two exports around one curation write, so a diff from the earlier one has something to say.
      const exported = async () =>
        (await fetch(`${suite.service.base}/export/graph.json`)).headers.get('x-snapshot-id')!;
      placeholders['X-Snapshot-Id of an earlier export'] = await exported();
      await ok(suite.service, 'mutation ($input: CreateThemeInput!) { createTheme(input: $input) { id } }', {
        input: {
          id: 'theme:doc-test',
          name: 'Doc test',
          evidence: [{ document: DOC_002, excerpt: EXCERPT_002 }],
        },
      });
      placeholders['X-Snapshot-Id of a later export'] = await exported();
    });

    it.each(graphqlBlocks.map((b) => [b.at, b] as const))('%s', async (_at, block) => {
      const query = block.lines.join('\n').replace(/"<([^>"]+)>"/g, (_m, name: string) => {
        if (!(name in placeholders)) throw new Error(`${block.at}: no value for the placeholder "<${name}>"`);
        return JSON.stringify(placeholders[name]);
      });
      // Writes are shown as an editor makes them (README: "Roles"); reads as the public.
      const as = /^\s*mutation\b/m.test(query) ? AS.editor : AS.public;
      const { status, body } = await suite.service.post(query, undefined, as);
      expect({ at: block.at, status, errors: body.errors }).toEqual({
        at: block.at,
        status: 200,
        errors: undefined,
      });
      for (const [field, value] of Object.entries(body.data ?? {}))
        expect({ field, value: value ?? null }).not.toEqual({ field, value: null });
    });
  });

  describe('shell blocks: each curl line against a service of its own, as the text says', () => {
    it.each(shellBlocks.map((b) => [b.at, b] as const))('%s', async (_at, block) => {
      const service = await startTestServer(suite.database, AS_STARTED);
      const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'gouden-doc-sh-'));
      try {
        for (const line of shellLines(block)) {
          if (/^(\w+=\S+ +)*npm /.test(line.command)) continue;
          expect({ at: line.at, problems: await runShellLine(line, service.base, cwd) }).toEqual({
            at: line.at,
            problems: [],
          });
        }
      } finally {
        await service.server.stop();
        fs.rmSync(cwd, { recursive: true, force: true });
      }
    });
  });

  describe('npm commands: run as shown, or with --help where that would do heavy work', () => {
    const scripts = packageScripts();
    let cwd: string;
    beforeAll(() => {
      cwd = workingCopy();
    });
    afterAll(() => fs.rmSync(cwd, { recursive: true, force: true }));

    it('are scripts of package.json, and the ones not run are listed', () => {
      expect(commands.filter(([, c]) => !(c.script in scripts)).map(([name]) => name)).toEqual([]);
      const notRun = commands.flatMap(([name, , plan]) =>
        plan.how === 'not run' ? [`${name}: ${plan.reason}`] : [],
      );
      console.log(`[docs] npm commands not run:\n  ${notRun.join('\n  ')}`);
    });

    const run = commands.filter(([, , plan]) => plan.how !== 'not run');
    it.each(run)(
      '%s',
      (_name, command, plan) => {
        if (plan.how === 'not run') return;
        const { uri, password } = runningTestNeo4j();
        // "A server of your own" is the run's Neo4j; the local instance, the run's own.
        const env = {
          ...command.env,
          NEO4J_URI: uri,
          NEO4J_PASSWORD: password,
          NEO4J_USER: 'neo4j',
          NEO4J_INSTANCE: TEST_INSTANCE,
        };
        const result = runScript(command.script, plan.argv, env, cwd);
        expect({
          how: plan.how,
          argv: plan.argv,
          status: result.status,
          output: result.status === 0 ? '' : result.output,
        }).toEqual({
          how: plan.how,
          argv: plan.argv,
          status: 0,
          output: '',
        });
      },
      240_000,
    );
  });
});
