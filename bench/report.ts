import fs from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import type { LoadResult } from './load';

export interface TargetResult extends LoadResult {
  /** Fewest and most Cypher round trips one request made, over the samples. */
  roundTrips: [number, number];
}

export interface OperationResult {
  name: string;
  description: string;
  samples: number;
  targets: Partial<Record<'ours' | 'raw' | 'peer', TargetResult>>;
}

export interface SizeResult {
  size: number;
  load: {
    /** neo4j-admin database import, or the transactional loader (older runs: transactional). */
    path?: 'bulk' | 'transactional';
    nodes: number;
    relationships: number;
    seconds: number;
    entitiesPerSecond: number;
    batchSize?: number;
    /** Bulk: seconds per phase (CSV written with the generator, import, start, schema). */
    phases?: Record<string, number>;
    /** Bulk: the importer's own phase lines. */
    importer?: string[];
    stored: { nodes: number; relationships: number };
  };
  operations: OperationResult[];
  /** Each example in examples/ once through ours: round trips and time. */
  examples?: ExampleResult[];
  analytics?: AnalysisResult[];
}

export interface ExampleResult {
  file: string;
  roundTrips: number;
  ms: number;
  error?: string;
}

export interface AnalysisResult {
  name: string;
  /** Nodes and relationships of the projection (0 when refused before loading). */
  nodes: number;
  relationships: number;
  /** Reading the projection's topology from Neo4j (0 when the cache had it: `cached`). */
  projectionMs: number;
  /** Building the graphology graph from it, in the analysis' worker thread. */
  buildMs?: number;
  /** The projection came from the cache (an earlier call read it at the same graph version). */
  cached?: boolean;
  /** The whole call, projection included. */
  ms: number;
  /** Peak resident memory of the process (the service's) during the call, and before it, MB. */
  peakRssMb: number;
  baselineRssMb: number;
  /** The GraphQL error code when refused (ANALYSIS_TOO_LARGE), with its message. */
  error?: string;
}

export interface BenchResults {
  startedAt: string;
  machine: { cpus: string; memoryGb: number; os: string; node: string };
  /** os.loadavg() (1, 5, 15 min) before and after: other work on the machine shows here. */
  loadAverage: { before: number[]; after: number[] };
  options: Record<string, unknown>;
  sizes: SizeResult[];
  error?: string;
  /** The run this one was compared with (--compare), by its start time. */
  comparedWith?: string;
}

export function readResults(file: string): BenchResults {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as BenchResults;
}

const ratio = (a?: number, b?: number) => (a && b ? a / b : NaN);

/**
 * Before and after, for every size and operation both runs measured: ours' median, its CPU per
 * request (service · Neo4j, steadier than latency on a shared machine), and ours over the floor and
 * over the peer, whose ratios are measured within one run and so compare across runs best.
 */
export function comparison(before: BenchResults, after: BenchResults): string {
  const loads: string[] = [];
  const lines = [
    '| size | operation | p50 ms | CPU ms per request (service · Neo4j) | ours/raw p50 | ours/peer req/s |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
  ];
  const x = (n: number) => (Number.isNaN(n) ? '–' : n.toFixed(2));
  for (const size of after.sizes) {
    const old = before.sizes.find((s) => s.size === size.size);
    if (!old) continue;
    loads.push(
      `Load at ${human(size.size)}: ${old.load.entitiesPerSecond} → ${size.load.entitiesPerSecond} entities/s (${old.load.seconds.toFixed(1)} s → ${size.load.seconds.toFixed(1)} s).`,
    );
    for (const op of size.operations) {
      const was = old.operations.find((o) => o.name === op.name)?.targets;
      const now = op.targets;
      if (!was?.ours || !now.ours) continue;
      const cpu = (t: TargetResult) => `${ms(t.cpuPerRequest.service)} · ${ms(t.cpuPerRequest.neo4j)}`;
      lines.push(
        `| ${human(size.size)} | ${op.name} | ${ms(was.ours.p50)} → ${ms(now.ours.p50)} | ${cpu(was.ours)} → ${cpu(now.ours)} | ` +
          `${x(ratio(was.ours.p50, was.raw?.p50))} → ${x(ratio(now.ours.p50, now.raw?.p50))} | ` +
          `${x(ratio(was.ours.rps, was.peer?.rps))} → ${x(ratio(now.ours.rps, now.peer?.rps))} |`,
      );
    }
  }
  const head = `Before: the run of ${before.startedAt}; after: this run. Ours, before → after.`;
  return [head, '', ...loads.map((l) => `- ${l}`), '', ...lines].join('\n') + '\n';
}

/** The issue's targets, reported against (never asserted). */
export const TARGETS = {
  oursOverRawP50: 1.3,
  oursOverPeerRps: 1,
  loadEntitiesPerSecond: 100_000,
  /** At 1M nodes: every operation's p95 within this multiple of the raw floor's, and search's p95 in ms. */
  p95OverRaw: 2,
  searchP95: 100,
};

/** The examples' round trips, and the analytics rows, per size. */
function examplesAndAnalytics(results: BenchResults): string[] {
  const lines: string[] = [];
  const files = [...new Set(results.sizes.flatMap((s) => (s.examples ?? []).map((e) => e.file)))];
  if (files.length) {
    lines.push('', 'Examples (examples/, as written, once each through ours): round trips · ms.', '');
    lines.push(`| size | ${files.join(' | ')} |`, `| --- |${files.map(() => ' ---: |').join('')}`);
    for (const s of results.sizes) {
      const cell = (file: string) => {
        const e = s.examples?.find((x) => x.file === file);
        return e ? (e.error ? `error: ${e.error.slice(0, 60)}` : `${e.roundTrips} · ${e.ms}`) : '–';
      };
      lines.push(`| ${human(s.size)} | ${files.map(cell).join(' | ')} |`);
    }
  }
  if (results.sizes.some((s) => s.analytics?.length)) {
    lines.push(
      '',
      'Analytics (in the service process, the default projections, the public view): the projection read from Neo4j (rels/s of the read), the graph built from it in the worker thread, the whole call, and the peak resident memory of the process (before → peak). Each analysis first with an empty cache; the rows marked "again" reuse the projection read by the row above them.',
      '',
      '| size | analysis | projection nodes · relationships | projection read | rels/s read | graph built | total | memory MB | outcome |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    );
    for (const s of results.sizes)
      for (const a of s.analytics ?? [])
        lines.push(
          `| ${human(s.size)} | ${a.name} | ${a.error ? '–' : `${a.nodes} · ${a.relationships}`} | ` +
            `${a.error ? '–' : a.cached ? 'cached' : `${ms(a.projectionMs / 1000)} s`} | ` +
            `${a.error || a.cached || !a.projectionMs ? '–' : Math.round(a.relationships / (a.projectionMs / 1000)).toLocaleString('en')} | ` +
            `${a.buildMs === undefined ? '–' : `${ms(a.buildMs / 1000)} s`} | ` +
            `${ms(a.ms / 1000)} s | ${a.baselineRssMb} → ${a.peakRssMb} | ${a.error ?? 'ok'} |`,
        );
  }
  return lines;
}

const ms = (x: number | undefined) =>
  x === undefined || Number.isNaN(x) ? '–' : x < 10 ? x.toFixed(1) : x.toFixed(0);
const human = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n));
const check = (ok: boolean) => (ok ? '✓' : '✗');
const latency = (t?: TargetResult) => (t ? `${ms(t.p50)} / ${ms(t.p95)} / ${ms(t.p99)}` : '–');
const trips = (t?: TargetResult) =>
  t ? (t.roundTrips[0] === t.roundTrips[1] ? `${t.roundTrips[0]}` : t.roundTrips.join('–')) : '–';

export function markdown(results: BenchResults): string {
  const lines: string[] = [];
  const load = results.loadAverage;
  lines.push(
    `Run of ${results.startedAt} on ${results.machine.cpus}, ${results.machine.memoryGb} GB, ${results.machine.os}, Node ${results.machine.node}; ` +
      `load average (1/5/15 min) ${load.before.map((x) => x.toFixed(1)).join(' ')} before, ${load.after.map((x) => x.toFixed(1)).join(' ')} after. ` +
      `${results.options.connections} connections, ${results.options.warmup} s warm-up + ${results.options.seconds} s per operation and target` +
      ` in ${results.options.rounds} interleaved rounds.` +
      (Math.max(...load.before, ...load.after) > Number.parseInt(results.machine.cpus)
        ? ' The load average exceeded the core count (the run itself adds to it), so absolute timings are inflated; compare the three targets within a row.'
        : ''),
    '',
    '| size | path | nodes | relationships | load time | entities/s (target ≥ 100k) | phases, s |',
    '| --- | --- | ---: | ---: | ---: | ---: | --- |',
  );
  for (const s of results.sizes) {
    const phases = Object.entries(s.load.phases ?? {})
      .map(([name, seconds]) => `${name} ${seconds.toFixed(1)}`)
      .join(' · ');
    lines.push(
      `| ${human(s.size)} | ${s.load.path ?? 'transactional'} | ${s.load.stored.nodes} | ${s.load.stored.relationships} | ${s.load.seconds.toFixed(1)} s | ` +
        `${s.load.entitiesPerSecond} ${check(s.load.entitiesPerSecond >= TARGETS.loadEntitiesPerSecond)} | ${phases || '–'} |`,
    );
  }
  lines.push(
    '',
    '| size | operation | ours p50 / p95 / p99 ms | ours req/s | raw p50 / p95 / p99 | raw req/s | peer p50 / p95 / p99 | peer req/s | round trips ours · raw · peer | ours/raw p50 (≤ 1.3) | ours/peer req/s (≥ 1) |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | :---: | ---: | ---: |',
  );
  for (const s of results.sizes)
    for (const op of s.operations) {
      const { ours, raw, peer } = op.targets;
      const overRaw = ours && raw ? ours.p50 / raw.p50 : NaN;
      const overPeer = ours && peer ? ours.rps / peer.rps : NaN;
      const failed = Object.entries(op.targets)
        .filter(([, t]) => t.failures > 0)
        .map(([name, t]) => `${name}: ${t.failures} failed`);
      lines.push(
        `| ${human(s.size)} | ${op.name}${failed.length ? ` (${failed.join(', ')})` : ''} | ${latency(ours)} | ${Math.round(ours?.rps ?? 0)} | ` +
          `${latency(raw)} | ${Math.round(raw?.rps ?? 0)} | ${latency(peer)} | ${Math.round(peer?.rps ?? 0)} | ` +
          `${trips(ours)} · ${trips(raw)} · ${trips(peer)} | ${overRaw.toFixed(2)} ${check(overRaw <= TARGETS.oursOverRawP50)} | ` +
          `${overPeer.toFixed(2)} ${check(overPeer >= TARGETS.oursOverPeerRps)} |`,
      );
    }
  lines.push(
    '',
    "CPU per request, ms: the servers' process (all three live in it; only the measured one is busy) · the Neo4j JVM.",
    '',
    '| size | operation | ours | raw | peer |',
    '| --- | --- | ---: | ---: | ---: |',
  );
  const cpu = (t?: TargetResult) =>
    t ? `${ms(t.cpuPerRequest.service)} · ${ms(t.cpuPerRequest.neo4j)}` : '–';
  for (const s of results.sizes)
    for (const op of s.operations)
      lines.push(
        `| ${human(s.size)} | ${op.name} | ${cpu(op.targets.ours)} | ${cpu(op.targets.raw)} | ${cpu(op.targets.peer)} |`,
      );
  lines.push(...examplesAndAnalytics(results));
  const largest = results.sizes.at(-1);
  if (largest) {
    const over = (name: string) => {
      const t = largest.operations.find((o) => o.name === name)?.targets;
      return t?.ours && t.raw
        ? `${name} ${ms(t.ours.p95)} / ${ms(t.raw.p95)} ms (${check(t.ours.p95 <= TARGETS.p95OverRaw * t.raw.p95)})`
        : '';
    };
    const search = largest.operations.find((o) => o.name === 'search')?.targets.ours?.p95;
    lines.push(
      '',
      `Targets at the largest size run (${human(largest.size)}), ours p95 / raw p95 (≤ ${TARGETS.p95OverRaw}×): ` +
        largest.operations
          .map((o) => over(o.name))
          .filter(Boolean)
          .join(', ') +
        `; search p95 ${ms(search)} ms (≤ ${TARGETS.searchP95} ${check((search ?? Infinity) <= TARGETS.searchP95)})` +
        (largest.size < 1_000_000 ? ' — not yet measured at 1M.' : '.'),
    );
  }
  if (results.error) lines.push('', `**The run failed:** ${results.error}`);
  return lines.join('\n') + '\n';
}

/**
 * bench/results/<date>.json and .md; the table also replaces the one between the markers in
 * bench/README.md. Written as Prettier would, so `npm run format:check` stays clean.
 */
export async function writeReport(
  results: BenchResults,
  benchDir: string,
  before?: BenchResults,
): Promise<string[]> {
  const write = async (file: string, text: string) =>
    fs.writeFileSync(
      file,
      await prettier.format(text, { ...(await prettier.resolveConfig(file)), filepath: file }),
    );
  const stamp = results.startedAt.replace(/:/g, '-').replace(/\..*/, '');
  const dir = path.join(benchDir, 'results');
  fs.mkdirSync(dir, { recursive: true });
  const json = path.join(dir, `${stamp}.json`);
  const md = path.join(dir, `${stamp}.md`);
  if (before) results.comparedWith = before.startedAt;
  const table =
    markdown(results) + (before ? `\n### Before and after\n\n${comparison(before, results)}` : '');
  await write(json, JSON.stringify(results));
  await write(md, `# Bench ${results.startedAt}\n\n${table}`);
  const readme = path.join(benchDir, 'README.md');
  const [begin, end] = ['<!-- results:begin -->', '<!-- results:end -->'];
  const text = fs.existsSync(readme) ? fs.readFileSync(readme, 'utf8') : '';
  const a = text.indexOf(begin);
  const b = text.indexOf(end);
  if (a >= 0 && b > a)
    await write(readme, `${text.slice(0, a + begin.length)}\n\n${table}\n${text.slice(b)}`);
  return [json, md];
}
