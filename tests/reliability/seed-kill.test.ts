/**
 * Seeding faults with real processes: the loader is `kill -9`ed mid-load (the CLI `node
 * dist/cli/seed.js`, and a loader child writing in batches of 10 so the kill lands among its
 * relationship batches), then the CLI is run again: the graph must be exactly the one a clean load
 * gives (the run's seeded graph), with nothing lost and nothing duplicated.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { cypher, graphFingerprint, restoreSeededGraph } from '../support/graph-snapshot';
import { databaseSuite } from '../support/service-suite';
import { PROJECT_ROOT, childEnv, graphHash, sleep } from './support';

const SEED_JS = path.join(PROJECT_ROOT, 'dist', 'cli', 'seed.js');
const RUN_LIMIT_MS = 120_000;

/** A loader in its own process, writing the curated seeds 10 rows a batch and printing each batch. */
const BATCH_LOADER = `
require('reflect-metadata');
const dist = ${JSON.stringify(path.join(PROJECT_ROOT, 'dist'))};
const { loadConfig } = require(dist + '/config/config');
const { Database } = require(dist + '/db/database');
const { applySchema } = require(dist + '/db/schema');
const { loadPlan } = require(dist + '/seed/load');
const { buildLoadPlan } = require(dist + '/seed/plan');
const { SEEDS_DIR } = require(dist + '/seed/seed');
const { readAndValidateSeeds } = require(dist + '/seed/validate');
const db = Database.connect(loadConfig().neo4j, { uri: process.env.NEO4J_URI, user: 'neo4j', password: process.env.NEO4J_PASSWORD });
const plan = buildLoadPlan(readAndValidateSeeds(SEEDS_DIR).seeds);
applySchema(db)
  .then(() => loadPlan(db, plan, { batchSize: 10, prune: true, onProgress: (done, total, phase) => console.log('progress ' + phase + ' ' + done + ' ' + total) }))
  .then(() => { console.log('done'); return db.close(); }, (e) => { console.error(e); process.exit(1); });
`;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
  killedAt?: string;
  ms: number;
}

/**
 * Runs a node process; `killWhen` sees its output so far and says when to SIGKILL it. Bounded by
 * RUN_LIMIT_MS (then killed, and the run fails).
 */
function runNode(args: string[], killWhen?: (output: string) => boolean): Promise<Run> {
  const started = Date.now();
  const child = spawn(process.execPath, args, {
    cwd: PROJECT_ROOT,
    env: childEnv({ LOG_LEVEL: 'warn' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let killedAt: string | undefined;
  const onData = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    if (!killedAt && killWhen?.(output)) {
      killedAt = output
        .split(/[\r\n]/)
        .filter(Boolean)
        .pop();
      child.kill('SIGKILL');
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const timer = setTimeout(() => child.kill('SIGKILL'), RUN_LIMIT_MS);
  return new Promise((resolve) =>
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, output, killedAt, ms: Date.now() - started });
    }),
  );
}

describe('a seed load killed mid-way and run again', () => {
  const suite = databaseSuite({
    cleanUp: async () => {
      if (JSON.stringify(await graphFingerprint(suite.database)) !== JSON.stringify(clean)) {
        await restoreSeededGraph(suite.database);
      }
    },
  });
  let clean: Awaited<ReturnType<typeof graphFingerprint>>;
  let cleanHash: string;

  beforeAll(async () => {
    // The run's graph is what a clean, uninterrupted load of the seeds gives.
    clean = await graphFingerprint(suite.database);
    cleanHash = (await graphHash(suite.database)).hash;
  });

  const scenarios: [string, string[], (output: string) => boolean][] = [
    // The CLI writes its nodes in one batch, then its relationships: killed as soon as the nodes are in.
    [
      'the CLI (node dist/cli/seed.js), killed after its node batch',
      [SEED_JS],
      (out) => /nodes: \d+\/\d+/.test(out),
    ],
    // Ten rows a batch: killed half-way through the relationships.
    [
      'a loader writing 10 rows a batch, killed half-way',
      ['-e', BATCH_LOADER],
      (out) => {
        const last = [...out.matchAll(/progress (\w+) (\d+) (\d+)/g)].pop();
        return last !== undefined && Number(last[2]) >= Number(last[3]) / 2;
      },
    ],
  ];

  it.each(scenarios)(
    'ends with the clean graph: %s',
    async (name, args, killWhen) => {
      await cypher(suite.database, 'MATCH (n) DETACH DELETE n');
      const killed = await runNode(args, killWhen);
      await sleep(200);
      const partial = await graphFingerprint(suite.database);
      const rerun = await runNode([SEED_JS]);
      const after = await graphFingerprint(suite.database);
      const afterHash = (await graphHash(suite.database)).hash;
      const dupes = await cypher(
        suite.database,
        `MATCH (a)-[r]->(b) WITH type(r) AS type, a.id AS a, b.id AS b, r.key AS key, count(*) AS n WHERE n > 1
       RETURN count(*) AS duplicated`,
      );
      console.log(
        `[reliability] seed-kill (${name}): killedBy=${killed.signal ?? `exit ${killed.code}`} at "${killed.killedAt?.trim()}" ` +
          `after ${killed.ms} ms; partial graph nodes=${partial.nodes.length}/${clean.nodes.length} ` +
          `relationships=${partial.relationships.length}/${clean.relationships.length}; ` +
          `re-run exit=${rerun.code} in ${rerun.ms} ms → nodes=${after.nodes.length} relationships=${after.relationships.length} ` +
          `duplicated=${dupes[0].duplicated} fingerprint=${afterHash === cleanHash ? `same as a clean load (${afterHash})` : `DIFFERENT ${afterHash} vs ${cleanHash}`}`,
      );
      expect(killed.signal).toBe('SIGKILL');
      // Killed mid-way: something written, and the load never got to its end (prune, "Loaded").
      expect(partial.nodes.length + partial.relationships.length).toBeGreaterThan(0);
      expect(killed.output).not.toMatch(/Loaded|done/);
      expect(partial.relationships.length).toBeLessThan(clean.relationships.length);
      expect(rerun.code).toBe(0);
      expect(after).toEqual(clean);
      expect(dupes[0].duplicated).toBe(0);
    },
    180_000,
  );
});
