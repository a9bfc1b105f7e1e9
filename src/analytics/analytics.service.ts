import { ErrorCode, appError } from '../db/errors';
import type { Viewer } from '../model';
import { NodeLabel, type RelationshipType, labelOfId } from '../model';
import { type CentralityMeasure, type CentralityScoreRecord, rankCentrality } from './centrality';
import { type CommunityPartitionRecord, DEFAULT_SEED, communities } from './communities';
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
import { type SimilarityRecord, similarPairs, similarTo } from './similarity';
import { assertAnalysable } from './limits';
import { INTERLOCK_END_KINDS } from './diff';
import { snapshotOf } from './snapshot';

/** Which graph an analysis ran on: what a paper cites. */
export interface ProjectionSummary extends ProjectionSpec {
  nodeCount: number;
  relationshipCount: number;
  /** The snapshot id of the projection, as an export of the same kinds and types would carry it. */
  snapshotId: string;
}

export function projectionInfo(spec: ProjectionSpec, graph: ProjectionGraph): ProjectionSummary {
  return {
    ...spec,
    nodeCount: graph.order,
    relationshipCount: graph.size,
    snapshotId: snapshotOf(graph).snapshotId,
  };
}

/** Reports what a long run is doing (the command line prints it; the API ignores it). */
export type Progress = (message: string) => void;

export async function load(db: ReadTransactions, viewer: Viewer, spec: ProjectionSpec, progress?: Progress) {
  const started = Date.now();
  // Counted first (count store), so a projection past the caps is refused before it fills the heap.
  const [size] = await db.transaction('READ', (tx) =>
    tx.run('analytics/projection-size', { labels: spec.kinds, types: spec.types }),
  );
  assertAnalysable({ nodes: Number(size.nodes), relationships: Number(size.relationships) });
  progress?.(`Loading projection: ${spec.kinds.join(', ')} / ${spec.types.join(', ')}`);
  const graph = await loadProjection(db, viewer, spec);
  progress?.(`Loaded ${graph.order} nodes and ${graph.size} relationships (${Date.now() - started} ms)`);
  return { graph, projection: projectionInfo(spec, graph) };
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
  progress?: Progress,
): Promise<CentralityResult> {
  const spec = resolveSpec(args.kinds, args.types, NETWORK_PROJECTION);
  const { graph, projection } = await load(db, viewer, spec, progress);
  const started = Date.now();
  progress?.(`Computing ${args.measure.toLowerCase()} centrality`);
  const ranked = rankCentrality(graph, args.measure);
  progress?.(`Computed ${args.measure.toLowerCase()} centrality (${Date.now() - started} ms)`);
  return {
    measure: args.measure,
    projection,
    scores: ranked.scores.slice(0, args.first),
    sampledSources: ranked.sampledSources,
  };
}

export interface CommunitiesResult extends CommunityPartitionRecord {
  projection: ProjectionSummary;
}

export async function runCommunities(
  db: ReadTransactions,
  viewer: Viewer,
  args: ProjectionRequest & { seed?: number | null },
  progress?: Progress,
): Promise<CommunitiesResult> {
  const spec = resolveSpec(args.kinds, args.types, NETWORK_PROJECTION);
  const { graph, projection } = await load(db, viewer, spec, progress);
  const started = Date.now();
  const seed = args.seed ?? DEFAULT_SEED;
  progress?.(`Running Louvain (seed ${seed})`);
  const partition = communities(graph, seed);
  progress?.(`Found ${partition.count} communities (${Date.now() - started} ms)`);
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
  progress?: Progress,
): Promise<SimilarityResult> {
  const { graph, projection } = await load(db, viewer, SIMILARITY_PROJECTION, progress);
  const id = args.id ?? null;
  let similar: SimilarityRecord[];
  if (id === null) {
    similar = similarPairs(graph);
  } else {
    const found = graph.hasNode(id) && graph.getNodeAttribute(id, 'kind') === NodeLabel.Municipality;
    const records = found ? similarTo(graph, id) : undefined;
    if (!records) {
      throw appError(ErrorCode.NOT_FOUND, `No municipality with id "${id}"`, { argumentName: 'id' });
    }
    similar = records;
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
  progress?: Progress,
): Promise<InterlocksResult> {
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
