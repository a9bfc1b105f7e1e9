import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import {
  type ProjectionSummary,
  type RunOptions,
  runCentrality,
  runCommunities,
  runInterlocks,
  runSimilarity,
} from '../analytics/analytics.service';
import { CentralityMeasure } from '../analytics/centrality';
import { DEFAULT_SEED } from '../analytics/communities';
import { type ExportFile, FORMAT_FILES, exportStream } from '../analytics/export';
import { INTERLOCK_LIMITS } from '../analytics/interlocks';
import {
  FULL_PROJECTION,
  type FoldedRelationship,
  loadProjection,
  resolveSpec,
} from '../analytics/projection';
import { snapshotOf } from '../analytics/snapshot';
import { streamCsvExport } from '../analytics/stream-export';
import { loadConfig } from '../config/config';
import type { Database } from '../db/database';
import { openDatabase } from '../db/open-database';
import { ANONYMOUS, type Viewer } from '../model';
import { ID_PATTERN, NodeLabel, RelationshipType } from '../model';
import { createLogger } from '../server/logger';
import { progressReporter } from './progress-bar';
import { runCli } from './run-cli';

const USAGE = `usage: npm run analyse -- <command> [options]

commands:
  centrality [--measure degree|betweenness|pagerank] [--first N] [--kinds K,…] [--types T,…]
      the most central nodes (default: pagerank, top 20, the partnership network)
  communities [--seed N] [--kinds K,…] [--types T,…]
      Louvain communities; the same seed gives the same communities (default seed ${DEFAULT_SEED})
  similarity [municipality:<slug>] [--first N]
      the municipalities most like one municipality, or every similar pair
  interlocks <a> <b> [--max-length 2|3] [--types T,…] [--first N]
      the people and organisations that connect two municipalities, regions or organisations
  export --format graphml|gexf|csv|json|all --out <dir> [--kinds K,…] [--types T,…] [--stream]
      write the graph (default: every kind and type) for Gephi, pandas/NetworkX or anything else;
      --stream (CSV only): rows written as Neo4j streams them, for a graph too large to hold (no snapshot id)

options:
  --researcher   include restricted facts (as a researcher sees them); the default is the public view
  --json         print the result as JSON instead of a table
  --no-snapshot-id  do not compute the projection's snapshot id (a second, full read of it: at a
                 million nodes a minute or more; the analysis itself reads only its topology)
  --quiet        no progress lines or bars (progress goes to stderr, results to stdout)
  --help         this text`;

class UsageError extends Error {}

/** A usage mistake: one clear line, and where to find the usage. */
function refuse(message: string): number {
  console.error(`${message} (usage: npm run analyse -- --help)`);
  return 2;
}

/** A command whose arguments are checked: it runs once the database is open, and returns JSON or prints. */
type Command = (database: Database, viewer: Viewer, run: Required<RunOptions>) => Promise<unknown>;

const OPTIONS = {
  measure: { type: 'string' },
  first: { type: 'string' },
  kinds: { type: 'string' },
  types: { type: 'string' },
  seed: { type: 'string' },
  'max-length': { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  stream: { type: 'boolean' },
  'no-snapshot-id': { type: 'boolean' },
  researcher: { type: 'boolean' },
  json: { type: 'boolean' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean' },
} as const;

type Options = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

function integer(
  value: string | undefined,
  name: string,
  min: number,
  max: number,
  fallback: number,
): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!/^\d+$/.test(value) || parsed < min || parsed > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}`);
  }
  return parsed;
}

/** A comma-separated list of names from an allow-list, matched without regard to case. */
function names<T extends string>(value: string | undefined, name: string, allowed: readonly T[]): T[] | null {
  if (value === undefined) return null;
  return value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean)
    .map((v) => {
      const found = allowed.find((a) => a.toLowerCase() === v.toLowerCase());
      if (!found) throw new UsageError(`--${name} takes a comma-separated list of: ${allowed.join(', ')}`);
      return found;
    });
}

function nodeId(value: string | undefined, what: string): string {
  if (!value) throw new UsageError(`${what} is missing`);
  if (!ID_PATTERN.test(value)) throw new UsageError(`${what} must be a node id such as municipality:delft`);
  return value;
}

/**
 * The projection an analysis ran on, as printed: its snapshot id is a second, full read of the
 * projection (every relationship's evidence), skipped with --no-snapshot-id (then null).
 */
async function cited(projection: ProjectionSummary, options: Options) {
  const snapshotId = options['no-snapshot-id'] ? null : await projection.snapshotId();
  return { ...projection, snapshotId };
}

/** A result with its projection cited, for --json. */
async function asJson<T extends { projection: ProjectionSummary }>(result: T, options: Options) {
  return { ...result, projection: await cited(result.projection, options) };
}

const round = (x: number, digits = 6) => x.toFixed(digits);
const pad = (s: string | number, n: number) => String(s).padEnd(n);
const padStart = (s: string | number, n: number) => String(s).padStart(n);

function evidenceLine(edge: FoldedRelationship): string {
  const evidence = edge.evidence
    .map((e) => `${e.inferred ? 'inferred from' : 'stated in'} ${e.documentId}: "${e.excerpt}"`)
    .join('; ');
  return `${edge.source} -${edge.type}-> ${edge.target}${evidence ? `  [${evidence}]` : ''}`;
}

function centralityCommand(options: Options): Command {
  const measureName = (options.measure ?? 'pagerank').toUpperCase();
  if (!Object.values(CentralityMeasure).includes(measureName as CentralityMeasure)) {
    throw new UsageError('--measure must be degree, betweenness or pagerank');
  }
  const args = {
    measure: measureName as CentralityMeasure,
    first: integer(options.first, 'first', 1, 100_000, 20),
    kinds: names(options.kinds, 'kinds', Object.values(NodeLabel)),
    types: names(options.types, 'types', Object.values(RelationshipType)),
  };
  return async (database, viewer, run) => {
    const result = await runCentrality(database, viewer, args, run);
    if (options.json) return asJson(result, options);
    const p = await cited(result.projection, options);
    console.log(
      `${result.measure} centrality over ${p.nodeCount} nodes and ${p.relationshipCount} relationships` +
        ` (snapshot ${p.snapshotId})`,
    );
    console.log(
      `${padStart('rank', 4)}  ${pad('score', 10)}  ${padStart('degree', 6)}  ${pad('id', 44)}  name`,
    );
    for (const s of result.scores) {
      console.log(
        `${padStart(s.rank, 4)}  ${pad(round(s.score), 10)}  ${padStart(s.degree, 6)}  ${pad(s.id, 44)}  ${s.name}`,
      );
    }
    return undefined;
  };
}

function communitiesCommand(options: Options): Command {
  const args = {
    seed: integer(options.seed, 'seed', 0, 2 ** 31 - 1, DEFAULT_SEED),
    kinds: names(options.kinds, 'kinds', Object.values(NodeLabel)),
    types: names(options.types, 'types', Object.values(RelationshipType)),
  };
  return async (database, viewer, run) => {
    const result = await runCommunities(database, viewer, args, run);
    if (options.json) return asJson(result, options);
    const p = await cited(result.projection, options);
    console.log(
      `${result.count} communities (seed ${result.seed}, modularity ${round(result.modularity, 4)}) over ` +
        `${p.nodeCount} nodes and ${p.relationshipCount} relationships (snapshot ${p.snapshotId})`,
    );
    for (const community of result.communities) {
      console.log(
        `\n#${community.index} (${community.size}): ${community.members.map((m) => m.name).join(', ')}`,
      );
    }
    return undefined;
  };
}

function similarityCommand(options: Options, id: string | undefined): Command {
  const args = {
    id: id === undefined ? null : nodeId(id, 'the municipality'),
    first: integer(options.first, 'first', 1, 100_000, id === undefined ? 100_000 : 10),
  };
  return async (database, viewer, run) => {
    const result = await runSimilarity(database, viewer, args, run);
    if (options.json) return asJson(result, options);
    const p = await cited(result.projection, options);
    console.log(
      `${id ? `Municipalities like ${id}` : 'Similar pairs of municipalities'} (snapshot ${p.snapshotId})`,
    );
    if (result.similar.length === 0) console.log('  none shares a partner, theme or programme kind');
    for (const s of result.similar) {
      const who = s.first
        ? `${s.first.name} ~ ${s.municipality.name}`
        : `${s.municipality.name} (${s.municipality.id})`;
      console.log(`\n${round(s.score, 3)}  ${who}`);
      console.log(
        `  partners        ${round(s.partners.score, 3)}  ${s.partners.shared.map((n) => n.name).join(', ') || '–'}`,
      );
      console.log(
        `  themes          ${round(s.themes.score, 3)}  ${s.themes.shared.map((n) => n.name).join(', ') || '–'}`,
      );
      console.log(
        `  programme kinds ${round(s.programmeKinds.score, 3)}  ${s.programmeKinds.shared.join(', ') || '–'}`,
      );
    }
    return undefined;
  };
}

function interlocksCommand(options: Options, [a, b]: string[]): Command {
  const args = {
    a: nodeId(a, 'the first node (a)'),
    b: nodeId(b, 'the second node (b)'),
    maxLength: integer(
      options['max-length'],
      'max-length',
      INTERLOCK_LIMITS.minMaxLength,
      INTERLOCK_LIMITS.maxMaxLength,
      INTERLOCK_LIMITS.defaultMaxLength,
    ),
    types: names(options.types, 'types', Object.values(RelationshipType)),
    first: integer(options.first, 'first', 1, 100_000, INTERLOCK_LIMITS.defaultPaths),
  };
  if (args.a === args.b) throw new UsageError('a and b must be two different nodes');
  return async (database, viewer, run) => {
    const result = await runInterlocks(database, viewer, args, run);
    if (options.json) return asJson(result, options);
    const p = await cited(result.projection, options);
    console.log(
      `Interlocks of ${result.a.name} and ${result.b.name} within ${result.maxLength} hops (snapshot ${p.snapshotId})`,
    );
    console.log(`\nDirect:${result.direct.length === 0 ? ' none' : ''}`);
    for (const edge of result.direct) console.log(`  ${evidenceLine(edge)}`);
    console.log(`\nConnectors (people and organisations):${result.connectors.length === 0 ? ' none' : ''}`);
    for (const c of result.connectors) {
      console.log(
        `  ${c.node.name} (${c.node.id})${c.adjacentToBoth ? ', adjacent to both' : ''}; ` +
          `shortest path ${c.shortestPath} hops, ${c.pathCount} path(s)`,
      );
      for (const link of c.links) console.log(`    ${evidenceLine(link)}`);
    }
    console.log(
      `\nPaths: ${result.pathCount}${result.pathCount > result.paths.length ? ` (first ${result.paths.length} shown)` : ''}`,
    );
    for (const p of result.paths) {
      console.log(`  ${p.nodes.map((n) => n.name).join(' – ')}`);
      for (const edge of p.edges) console.log(`    ${evidenceLine(edge)}`);
    }
    return undefined;
  };
}

function exportCommand(options: Options): Command {
  const format = (options.format ?? '').toLowerCase();
  const files: ExportFile[] =
    format === 'all'
      ? Object.values(FORMAT_FILES).flat()
      : (FORMAT_FILES[format as keyof typeof FORMAT_FILES] ?? []);
  if (files.length === 0) throw new UsageError('--format must be graphml, gexf, csv, json or all');
  if (!options.out) throw new UsageError('--out <dir> is missing');
  const spec = resolveSpec(
    names(options.kinds, 'kinds', Object.values(NodeLabel)),
    names(options.types, 'types', Object.values(RelationshipType)),
    FULL_PROJECTION,
  );
  const out = path.resolve(options.out);
  if (options.stream) {
    // A graph of any size: rows written as Neo4j streams them (no snapshot id: stream-export.ts).
    if (format !== 'csv') throw new UsageError('--stream writes CSV only: use --format csv');
    return async (database, viewer, { progress }) => {
      const result = await streamCsvExport(
        database,
        loadConfig().neo4j.database,
        viewer,
        spec,
        out,
        progress,
      );
      if (options.json) return result;
      for (const file of result.files) console.log(`Wrote ${file}`);
      console.log(`${result.nodes} nodes, ${result.relationships} relationships, streamed (no snapshot id)`);
      return undefined;
    };
  }
  return async (database, viewer, { progress }) => {
    fs.mkdirSync(out, { recursive: true });
    const started = Date.now();
    progress(`Loading the graph${viewer.seeRestricted ? ' (with restricted facts)' : ' (public view)'}`);
    const snapshot = snapshotOf(await loadProjection(database, viewer, spec));
    progress(
      `Loaded ${snapshot.nodes.length} nodes and ${snapshot.edges.length} relationships (${Date.now() - started} ms)`,
    );
    const written: string[] = [];
    for (const file of files) {
      const target = path.join(out, file);
      await pipeline(
        exportStream(file, snapshot, (f, done, total) => progress(`  ${f}: ${done}/${total}`)),
        fs.createWriteStream(target),
      );
      written.push(target);
    }
    const result = {
      snapshotId: snapshot.snapshotId,
      nodes: snapshot.nodes.length,
      relationships: snapshot.edges.length,
      restricted: viewer.seeRestricted,
      files: written,
    };
    if (options.json) return result;
    for (const file of written) console.log(`Wrote ${file}`);
    console.log(
      `${result.nodes} nodes, ${result.relationships} relationships, ` +
        `${viewer.seeRestricted ? 'with restricted facts' : 'public facts only'}; snapshot ${result.snapshotId}`,
    );
    return undefined;
  };
}

/** `npm run analyse -- …`: network analysis and exports from the command line (a trusted operator tool). */
runCli(async () => {
  let parsed;
  try {
    parsed = parseArgs({
      args: process.argv.slice(2),
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return refuse((error as Error).message.split('. ')[0]);
  }
  const { values: options, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  if (!command)
    return refuse('A command is missing: centrality, communities, similarity, interlocks or export');
  const expected: Record<string, [number, number]> = {
    centrality: [0, 0],
    communities: [0, 0],
    similarity: [0, 1],
    interlocks: [2, 2],
    export: [0, 0],
  };
  const arity = expected[command];
  if (!arity) return refuse(`Unknown command "${command}"`);
  if (rest.length < arity[0] || rest.length > arity[1]) {
    return refuse(
      `${command} takes ${arity[0] === arity[1] ? arity[0] : `${arity[0]} to ${arity[1]}`} argument(s)`,
    );
  }

  let run: Command;
  try {
    run =
      command === 'centrality'
        ? centralityCommand(options)
        : command === 'communities'
          ? communitiesCommand(options)
          : command === 'similarity'
            ? similarityCommand(options, rest[0])
            : command === 'interlocks'
              ? interlocksCommand(options, rest)
              : exportCommand(options);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return refuse(error.message);
  }

  const viewer: Viewer = options.researcher
    ? { subject: 'cli', roles: new Set(['researcher']), seeRestricted: true }
    : ANONYMOUS;
  const { progress, stop } = progressReporter(Boolean(options.quiet));
  // Ctrl-C stops the read in Neo4j and the analysis' thread, and the command ends with the database closed.
  const interrupted = new AbortController();
  const interrupt = () => interrupted.abort(new Error('Interrupted'));
  process.once('SIGINT', interrupt);

  const config = loadConfig();
  const opened = await openDatabase(config, createLogger({ ...config, logLevel: 'warn' }));
  try {
    const result = await run(opened.database, viewer, { progress, signal: interrupted.signal });
    stop();
    if (result !== undefined) console.log(JSON.stringify(result, null, 2));
  } finally {
    stop();
    process.off('SIGINT', interrupt);
    await opened.database.close();
    await opened.startedLocal?.stop();
  }
  return 0;
});
