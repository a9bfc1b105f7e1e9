import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Credentials } from '../src/db/database';
import { measureAnalytics, measureExamples } from './analytics';
import { type LoadPath, loadBulk, loadTransactional } from './graph-load';
import { measure, summarise, type Sample } from './load';
import { OPERATIONS, type Operation } from './operations';
import { startPeer } from './peer';
import { startRaw } from './raw';
import { readResults, writeReport, type BenchResults, type OperationResult, type SizeResult } from './report';
import { createLogger, DatabaseClass, loadConfig, LocalNeo4jClass, startServer } from './service';
import type { Database } from './service';

const USAGE = `npm run bench -- [--sizes 10k,100k,1m] [--seconds 6] [--rounds 2] [--warmup 2] [--connections 8]
  [--only node,search] [--targets ours,raw,peer] [--load bulk|transactional] [--batch 5000] [--seed 42]
  [--port 18387] [--instance bench] [--keep] [--reuse] [--skip-analytics] [--compare bench/results/<date>.json]
  --load      bulk: neo4j-admin database import (default); transactional: the batched CREATE loader
  --batch     rows per transaction of the transactional loader
  --skip-analytics  no PageRank, betweenness, Louvain and similarity rows
  --compare   add a before/after table against an earlier run's results (the sizes and operations both ran)
  --instance  the local Neo4j instance folder under .neo4j (so that runs side by side do not share one)
  --keep   keep .neo4j/bench (data and all) after the run
  --reuse  skip generating and loading when .neo4j/bench already holds that size's graph (from --keep)`;

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10k,100k' },
    seconds: { type: 'string', default: '6' },
    rounds: { type: 'string', default: '2' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '8' },
    only: { type: 'string' },
    targets: { type: 'string', default: 'ours,raw,peer' },
    batch: { type: 'string', default: '5000' },
    load: { type: 'string', default: 'bulk' },
    'skip-analytics': { type: 'boolean', default: false },
    seed: { type: 'string', default: '42' },
    port: { type: 'string', default: '18387' },
    instance: { type: 'string', default: 'bench' },
    keep: { type: 'boolean', default: false },
    reuse: { type: 'boolean', default: false },
    compare: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

const parseSize = (s: string) => {
  const m = /^(\d+)([km]?)$/i.exec(s.trim());
  if (!m) throw new Error(`bad size "${s}": use e.g. 10k, 100k, 1m\n${USAGE}`);
  return Number(m[1]) * { '': 1, k: 1_000, m: 1_000_000 }[m[2].toLowerCase() as '' | 'k' | 'm'];
};
const options = {
  sizes: args.sizes.split(',').map(parseSize),
  seconds: Number(args.seconds),
  rounds: Number(args.rounds),
  warmup: Number(args.warmup),
  connections: Number(args.connections),
  batchSize: Number(args.batch),
  seed: Number(args.seed),
  boltPort: Number(args.port),
  load: (args.load === 'transactional' ? 'transactional' : 'bulk') as LoadPath,
  operations: args.only ? OPERATIONS.filter((op) => args.only?.split(',').includes(op.name)) : OPERATIONS,
};
const log = (line: string) => console.log(`[bench] ${line}`);
const range = (xs: number[]) =>
  Math.min(...xs) === Math.max(...xs) ? `${xs[0]}` : `${Math.min(...xs)}–${Math.max(...xs)}`;

/** The service's configuration for one size: instance `bench` (`--instance`), its own Bolt port, memory by size. */
const configFor = (size: number) =>
  loadConfig({
    // `roundTrips` is reported outside production; `extensions.cypher` (the statements' text, which
    // would weigh on every answer) only with NODE_ENV=development.
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: 'silent',
    NEO4J_INSTANCE: args.instance,
    NEO4J_BOLT_PORT: String(options.boltPort),
    NEO4J_HEAP: size > 200_000 ? '2g' : '1g',
    NEO4J_PAGECACHE: size > 200_000 ? '3g' : '1g',
  });

interface Target {
  name: 'ours' | 'raw' | 'peer';
  url: (op: Operation) => string;
  body: (op: Operation, params: Record<string, unknown>) => string;
  /** Cypher statements one request sent. */
  roundTrips: (response: Record<string, unknown>, statementsSent: number) => number;
  statements: () => number;
}

async function post(url: string, body: string): Promise<Record<string, unknown>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    signal: AbortSignal.timeout(30_000),
  });
  const json = (await response.json()) as Record<string, unknown>;
  if (!response.ok || json.errors || !json.data)
    throw new Error(`${url} answered ${response.status}: ${JSON.stringify(json).slice(0, 500)}`);
  return json;
}

/**
 * Per operation: every sample once through each target (answers checked, round trips counted), then
 * the measured runs, interleaved in rounds (ours, raw, peer, ours, …) so that a change in the
 * machine's other load falls on all three alike. Only the first round of each target warms up,
 * in a run of its own that is not counted.
 */
async function runOperations(
  size: number,
  allTargets: Target[],
  neo4jPid?: number,
): Promise<OperationResult[]> {
  const out: OperationResult[] = [];
  for (const op of options.operations) {
    const samples = op.samples(size, options.seed);
    const targets = allTargets.filter((t) => t.name !== 'peer' || op.peer);
    const bodies = new Map(targets.map((t) => [t.name, samples.map((params) => t.body(op, params))]));
    const trips = new Map<string, number[]>();
    for (const target of targets) {
      const counted: number[] = [];
      for (const [k, body] of (bodies.get(target.name) ?? []).entries()) {
        const before = target.statements();
        // The first request of each kind may meet a cold JVM (query planning, JIT): it gets a retry.
        const response = await post(target.url(op), body).catch((error: Error) => {
          if (k > 0) throw error;
          log(`  ${op.name} ${target.name}: first request failed, retrying (${error.message.slice(0, 120)})`);
          return post(target.url(op), body);
        });
        counted.push(target.roundTrips(response, target.statements() - before));
      }
      trips.set(target.name, counted);
    }
    const runs = new Map<string, Sample[]>(targets.map((t) => [t.name, []]));
    for (let round = 0; round < options.rounds; round++)
      for (const target of targets) {
        const spec = {
          url: target.url(op),
          bodies: bodies.get(target.name) ?? [],
          connections: options.connections,
        };
        if (round === 0 && options.warmup > 0) await measure({ ...spec, seconds: options.warmup });
        runs
          .get(target.name)
          ?.push(await measure({ ...spec, seconds: options.seconds / options.rounds }, neo4jPid));
      }
    const result: OperationResult = {
      name: op.name,
      description: op.description,
      samples: samples.length,
      targets: {},
    };
    for (const target of targets) {
      const counted = trips.get(target.name) ?? [];
      const load = summarise(runs.get(target.name) ?? []);
      result.targets[target.name] = { ...load, roundTrips: [Math.min(...counted), Math.max(...counted)] };
      const r = (x: number) => x.toFixed(1);
      log(
        `  ${op.name.padEnd(14)} ${target.name.padEnd(5)} p50 ${r(load.p50)} p95 ${r(load.p95)} p99 ${r(load.p99)} ms, ${Math.round(load.rps)} req/s, round trips ${range(counted)}${load.failures ? `, ${load.failures} FAILED` : ''}`,
      );
    }
    out.push(result);
  }
  return out;
}

async function benchSize(size: number): Promise<SizeResult> {
  const config = configFor(size);
  const local = new LocalNeo4jClass(config, (line) => log(line));
  // A fresh database for every size (stop a leftover of ours, wipe the data, start), unless --reuse
  // finds the same graph already loaded; the marker records which graph the data holds.
  const marker = path.join(local.paths.instance, 'bench-graph.json');
  const graph = JSON.stringify({ size, seed: options.seed });
  const kept = fs.existsSync(marker)
    ? (JSON.parse(fs.readFileSync(marker, 'utf8')) as { graph: string; load: SizeResult['load'] })
    : undefined;
  const reused = args.reuse && kept?.graph === graph ? kept.load : undefined;
  if (!reused) {
    await local.stop();
    fs.rmSync(local.paths.data, { recursive: true, force: true });
    fs.rmSync(marker, { force: true });
  }
  // Everything started is stopped in reverse order, on success, failure or Ctrl-C (the JVM included).
  const stops: (() => Promise<unknown>)[] = [() => local.stop()];
  const stopAll = async () => {
    for (let stop = stops.pop(); stop; stop = stops.pop())
      await stop().catch((error: Error) => log(`stop failed: ${error.message}`));
  };
  const onSignal = () =>
    void stopAll().finally(() => {
      if (!args.keep) fs.rmSync(local.paths.instance, { recursive: true, force: true });
      process.exit(130);
    });
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    let database: Database;
    let load: SizeResult['load'];
    if (reused) {
      const started = await local.start();
      database = DatabaseClass.connect(config.neo4j, started);
      load = reused;
    } else {
      log(`size ${size}: generating and loading (${options.load})`);
      ({ database, load } =
        options.load === 'bulk'
          ? await loadBulk(config, local, size, options.seed, log)
          : await loadTransactional(config, local, size, options.seed, options.batchSize, log));
    }
    stops.push(() => database.close());
    const started = await local.start();
    const credentials: Credentials = { uri: started.uri, user: started.user, password: started.password };
    fs.writeFileSync(marker, JSON.stringify({ graph, load }));
    // Warm the page cache (every node and relationship with a property), so no target pays for it first.
    await database.driver.executeQuery('MATCH (n) RETURN count(n.name)');
    await database.driver.executeQuery('MATCH ()-[r]->() RETURN count(r.key)');
    const ours = await startServer(config, database, createLogger(config));
    stops.push(() => ours.stop());
    const raw = await startRaw(credentials, options.operations);
    stops.push(() => raw.stop());
    const peer = await startPeer(credentials);
    stops.push(() => peer.stop());
    const graphql =
      (query: (op: Operation) => string) => (op: Operation, variables: Record<string, unknown>) =>
        JSON.stringify({ query: query(op), variables });
    const targets: Target[] = [
      {
        name: 'ours',
        url: () => ours.url,
        body: graphql((op) => op.ours),
        roundTrips: (res) => (res.extensions as { roundTrips: number }).roundTrips,
        statements: () => 0,
      },
      {
        name: 'raw',
        url: (op) => `${raw.url}/${op.name}`,
        body: (_op, params) => JSON.stringify(params),
        roundTrips: () => 1,
        statements: () => 0,
      },
      {
        name: 'peer',
        url: () => peer.url,
        body: graphql((op) => op.peer ?? ''),
        roundTrips: (_res, sent) => sent,
        statements: peer.statements,
      },
    ];
    log(`size ${size}: ours ${ours.url}, raw ${raw.url}, peer ${peer.url}`);
    const chosen = targets.filter((t) => args.targets.split(',').includes(t.name));
    const { pid } = await local.status();
    const operations = await runOperations(size, chosen, pid);
    const examples = chosen.some((t) => t.name === 'ours') ? await measureExamples(ours.url, log) : [];
    const analyses = args['skip-analytics']
      ? []
      : await measureAnalytics(database, 'municipality:bench-3', log);
    return { size, load, operations, examples, analytics: analyses };
  } finally {
    await stopAll();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

async function main() {
  const loadBefore = os.loadavg();
  const results: BenchResults = {
    startedAt: new Date().toISOString(),
    machine: {
      cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}`,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      os: `${os.type()} ${os.release()}`,
      node: process.version,
    },
    loadAverage: { before: loadBefore, after: [] },
    options: { ...options, operations: options.operations.map((op) => op.name) },
    sizes: [],
  };
  // Read first, so that a wrong path fails before an hour of loading rather than after.
  const before = args.compare ? readResults(args.compare) : undefined;
  const instance = new LocalNeo4jClass(configFor(options.sizes[0])).paths.instance;
  try {
    for (const size of options.sizes) results.sizes.push(await benchSize(size));
  } catch (error) {
    results.error = (error as Error).message;
    throw error;
  } finally {
    results.loadAverage.after = os.loadavg();
    // The instance folder holds a data store and preallocated transaction logs: hundreds of MB.
    if (!args.keep) fs.rmSync(instance, { recursive: true, force: true });
    if (results.sizes.length > 0) {
      const written = await writeReport(results, path.join(__dirname, '..', '..', '..', 'bench'), before);
      log(`results: ${written.join(', ')}`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
