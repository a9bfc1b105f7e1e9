import { ErrorCode, appError } from '../db/errors';
import { typedQueryName } from '../db/query-registry';
import type { NodeLabel, Viewer } from '../model';
import { type RelationshipType, labelOfId } from '../model';
import type { CentralityMeasure, CentralityScoreRecord } from './centrality';
import { type CommunityPartitionRecord, DEFAULT_SEED } from './communities';
import { INTERLOCK_LIMITS, type InterlockRecord, interlocks } from './interlocks';
import {
  INTERLOCK_PROJECTION,
  NETWORK_PROJECTION,
  type ProjectionGraph,
  type ProjectionSpec,
  type ReadTransactions,
  SIMILARITY_PROJECTION,
  loadProjection,
  resolveSpec,
} from './projection';
import type { SimilarityRecord } from './similarity';
import { analysisLimits, assertAnalysable, assertContentReadable } from './limits';
import { type GraphVersion, ProjectionCache, projectionCacheOf } from './projection-cache';
import { readTopology } from './topology';
import type { AnalysisTask } from './worker/analysis-task';
import { runInWorker } from './worker/run-in-worker';
import { INTERLOCK_END_KINDS } from './diff';
import { snapshotOf } from './snapshot';

/** Which graph an analysis ran on: what a paper cites. */
export interface ProjectionSummary extends ProjectionSpec {
  nodeCount: number;
  relationshipCount: number;
  /**
   * The snapshot id of the projection, as an export of the same kinds and types would carry it. A
   * function, computed when asked (GraphQL's default resolver calls it only when the field is
   * selected): it hashes every relationship's evidence, a full read the analysis itself does not need.
   */
  snapshotId: () => Promise<string>;
}

export function projectionInfo(spec: ProjectionSpec, graph: ProjectionGraph): ProjectionSummary {
  return {
    ...spec,
    nodeCount: graph.order,
    relationshipCount: graph.size,
    snapshotId: () => Promise.resolve(snapshotOf(graph).snapshotId),
  };
}

/**
 * Reports what a long run is doing (the command line draws it; the API ignores it): a message, and
 * for a step that counts, how far it is of how many.
 */
export type Progress = (message: string, done?: number, total?: number) => void;

export interface RunOptions {
  progress?: Progress;
  /** Ends the run (the read in Neo4j, the worker thread) when aborted; a request's by default. */
  signal?: AbortSignal;
}

interface Counted {
  size: { nodes: number; relationships: number };
  version: GraphVersion;
}

/** The projection's size and the graph's version, from Neo4j's count store: milliseconds at any size. */
async function count(db: ReadTransactions, spec: ProjectionSpec, signal?: AbortSignal): Promise<Counted> {
  const [row] = await db.transaction(
    'READ',
    (tx) => tx.run(typedQueryName('analytics/projection-size', spec.types), { labels: spec.kinds }),
    { signal },
  );
  return {
    size: { nodes: Number(row.nodes), relationships: Number(row.relationships) },
    version: {
      seq: Number(row.seq),
      nodes: Number(row.allNodes),
      relationships: Number(row.allRelationships),
    },
  };
}

/** The full projection (every property and piece of evidence), for interlocks: counted first. */
export async function load(db: ReadTransactions, viewer: Viewer, spec: ProjectionSpec, progress?: Progress) {
  const started = Date.now();
  const { size } = await count(db, spec, db.signal);
  assertContentReadable(size);
  progress?.(`Loading projection: ${spec.kinds.join(', ')} / ${spec.types.join(', ')}`);
  const graph = await loadProjection(db, viewer, spec);
  progress?.(`Loaded ${graph.order} nodes and ${graph.size} relationships (${Date.now() - started} ms)`);
  return { graph, projection: projectionInfo(spec, graph) };
}

/**
 * A projection's topology for an analysis: counted first (ANALYSIS_TOO_LARGE past the caps, before
 * anything is read), then taken from the cache when the graph has not changed since it was read, or
 * read (topology.ts) and cached. The deadline (ANALYSIS_TIMEOUT_MS) starts here and covers the read
 * and the computation.
 */
async function topologyFor(db: ReadTransactions, viewer: Viewer, spec: ProjectionSpec, options: RunOptions) {
  const { timeoutMs } = analysisLimits();
  const deadline = Date.now() + timeoutMs;
  const signal = options.signal ?? db.signal;
  const progress = options.progress;
  const { size, version } = await count(db, spec, signal);
  assertAnalysable(size);
  const cache = projectionCacheOf(db.scope);
  const key = ProjectionCache.keyOf(version, viewer, spec);
  let entry = cache.get(key);
  if (entry) {
    const { ids, sources } = entry.topology;
    progress?.(
      `Reused ${ids.length} nodes and ${sources.length} relationships (graph version ${version.seq})`,
    );
  } else {
    progress?.(`Loading projection: ${spec.kinds.join(', ')} / ${spec.types.join(', ')}`);
    const started = Date.now();
    const topology = await readTopology(db, viewer, spec, {
      timeoutMs: Math.max(1, deadline - Date.now()),
      signal,
      expectedRelationships: size.relationships,
      progress: (phase, done) =>
        progress?.(`Reading ${phase}`, done, phase === 'nodes' ? size.nodes : size.relationships),
    });
    entry = cache.set(key, topology);
    progress?.(
      `Loaded ${topology.ids.length} nodes and ${topology.sources.length} relationships (${Date.now() - started} ms)`,
    );
  }
  const cached = entry;
  const projection: ProjectionSummary = {
    ...spec,
    nodeCount: cached.topology.ids.length,
    relationshipCount: cached.topology.sources.length,
    snapshotId: () => {
      if (!cached.snapshotId) {
        // Kept once computed; a failure (CONFLICT, a timeout) is not kept, so the next asker tries again.
        cached.snapshotId = snapshotIdAt(db, viewer, spec, version);
        cached.snapshotId.catch(() => (cached.snapshotId = undefined));
      }
      return cached.snapshotId;
    },
  };
  const compute = <T extends AnalysisTask>(task: T) =>
    ProjectionCache.answer(cached, JSON.stringify(task), () =>
      runInWorker(task, cached.topology, { deadline, timeoutMs, signal, progress }),
    );
  return { projection, compute };
}

/** The snapshot id of a projection at `version`: CONFLICT when the graph changed since the analysis read it. */
async function snapshotIdAt(
  db: ReadTransactions,
  viewer: Viewer,
  spec: ProjectionSpec,
  version: GraphVersion,
): Promise<string> {
  const graph = await loadProjection(db, viewer, spec);
  const now = (await count(db, spec)).version;
  if (ProjectionCache.keyOf(now, viewer, spec) !== ProjectionCache.keyOf(version, viewer, spec)) {
    throw appError(
      ErrorCode.CONFLICT,
      'The graph changed after the analysis read it, so its snapshot id cannot be given; run the analysis again',
    );
  }
  return snapshotOf(graph).snapshotId;
}

export interface ProjectionRequest {
  kinds?: NodeLabel[] | null;
  types?: RelationshipType[] | null;
}

export interface CentralityResult {
  measure: CentralityMeasure;
  projection: ProjectionSummary;
  scores: CentralityScoreRecord[];
  /** Betweenness estimated from this many sampled sources; null when exact. */
  sampledSources: number | null;
}

export async function runCentrality(
  db: ReadTransactions,
  viewer: Viewer,
  args: ProjectionRequest & { measure: CentralityMeasure; first: number },
  options: RunOptions = {},
): Promise<CentralityResult> {
  const spec = resolveSpec(args.kinds, args.types, NETWORK_PROJECTION);
  const { projection, compute } = await topologyFor(db, viewer, spec, options);
  const ranked = await compute({ analysis: 'centrality', measure: args.measure, first: args.first });
  return { measure: args.measure, projection, ...ranked };
}

export interface CommunitiesResult extends CommunityPartitionRecord {
  projection: ProjectionSummary;
}

export async function runCommunities(
  db: ReadTransactions,
  viewer: Viewer,
  args: ProjectionRequest & { seed?: number | null },
  options: RunOptions = {},
): Promise<CommunitiesResult> {
  const spec = resolveSpec(args.kinds, args.types, NETWORK_PROJECTION);
  const { projection, compute } = await topologyFor(db, viewer, spec, options);
  const partition = await compute({ analysis: 'communities', seed: args.seed ?? DEFAULT_SEED });
  options.progress?.(`Found ${partition.count} communities`);
  return { ...partition, projection };
}

export interface SimilarityResult {
  /** The municipality compared, or null for all pairs. */
  municipality: string | null;
  projection: ProjectionSummary;
  similar: SimilarityRecord[];
}

/** The municipalities like `id` (NOT_FOUND unless it is a municipality the viewer may see), or all pairs. */
export async function runSimilarity(
  db: ReadTransactions,
  viewer: Viewer,
  args: { id?: string | null; first?: number | null },
  options: RunOptions = {},
): Promise<SimilarityResult> {
  const id = args.id ?? null;
  const { projection, compute } = await topologyFor(db, viewer, SIMILARITY_PROJECTION, options);
  const similar = await compute({ analysis: 'similarity', id });
  if (!similar) {
    throw appError(ErrorCode.NOT_FOUND, `No municipality with id "${id}"`, { argumentName: 'id' });
  }
  return { municipality: id, projection, similar: args.first ? similar.slice(0, args.first) : similar };
}

export { INTERLOCK_END_KINDS };

export interface InterlocksResult extends InterlockRecord {
  projection: ProjectionSummary;
}

export async function runInterlocks(
  db: ReadTransactions,
  viewer: Viewer,
  args: {
    a: string;
    b: string;
    maxLength?: number | null;
    types?: RelationshipType[] | null;
    first?: number | null;
  },
  options: RunOptions = {},
): Promise<InterlocksResult> {
  const progress = options.progress;
  for (const [argumentName, id] of [
    ['a', args.a],
    ['b', args.b],
  ] as const) {
    const kind = labelOfId(id);
    if (!kind || !INTERLOCK_END_KINDS.includes(kind)) {
      throw appError(
        ErrorCode.BAD_USER_INPUT,
        `${argumentName} must be the id of a municipality, region or organisation`,
        { argumentName },
      );
    }
  }
  const spec = resolveSpec(null, args.types, INTERLOCK_PROJECTION);
  const { graph, projection } = await load(db, viewer, spec, progress);
  for (const [argumentName, id] of [
    ['a', args.a],
    ['b', args.b],
  ] as const) {
    if (!graph.hasNode(id)) {
      throw appError(ErrorCode.NOT_FOUND, `No node with id "${id}"`, { argumentName });
    }
  }
  const started = Date.now();
  const maxLength = args.maxLength ?? INTERLOCK_LIMITS.defaultMaxLength;
  progress?.(`Finding paths of at most ${maxLength} hops`);
  const record = interlocks(graph, args.a, args.b, {
    maxLength,
    limit: args.first ?? INTERLOCK_LIMITS.defaultPaths,
  })!;
  progress?.(
    `Found ${record.pathCount} paths and ${record.connectors.length} connectors (${Date.now() - started} ms)`,
  );
  return { ...record, projection };
}
