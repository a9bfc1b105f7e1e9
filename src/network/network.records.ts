import type { GraphQLResolveInfo } from 'graphql';
import { type Projection, projectionFor } from '../graph/common/projection';
import type { EvidenceRecord, NodeRecord } from '../graph/common/records';
import { fetchedEvidence, toNodeRecord } from '../graph/common/to-records';
import type { Viewer } from '../model';
import { NodeLabel, RelationshipType } from '../model';

type Raw = Record<string, unknown>;

/** A relationship on a walk, with both end nodes resolved from the same query's nodes. */
export interface GraphEdgeRecord {
  key: string;
  type: RelationshipType;
  from: string;
  to: string;
  source: NodeRecord;
  target: NodeRecord;
  year: number | null;
  title: string | null;
  context: string | null;
  restricted: boolean;
  /** Undefined when the read left it out (see Projection). */
  evidence?: EvidenceRecord[];
}

export interface NeighbourhoodRecord {
  nodes: NodeRecord[];
  edges: GraphEdgeRecord[];
  truncated: boolean;
}

export interface PathRecord {
  length: number;
  nodes: NodeRecord[];
  edges: GraphEdgeRecord[];
}

export interface SearchHitRecord {
  node: NodeRecord;
  score: number;
  snippet: string;
}

/** The relationship types and kinds to walk: the ones asked for, or all when none are given. */
export function walkFilter(types?: RelationshipType[] | null, kinds?: NodeLabel[] | null) {
  return {
    types: types?.length ? types : Object.values(RelationshipType),
    labels: kinds?.length ? kinds : Object.values(NodeLabel),
  };
}

/**
 * What a walk (Neighbourhood, or Path, which has the same shape) needs of its nodes and edges, from
 * the selection under `under` (e.g. `[]` for the walk itself): nodes are also met as edge ends.
 */
export function walkProjection(info: GraphQLResolveInfo, under: string[] = []): Projection {
  return projectionFor(info, {
    nodes: [
      [...under, 'nodes'],
      [...under, 'edges', 'source'],
      [...under, 'edges', 'target'],
    ],
    edges: [[...under, 'edges']],
  });
}

/** The parameters of a walk's projection, for its Cypher. */
export function projectionParams({ nodeEvidence, nodeTexts, edgeEvidence }: Projection) {
  return { nodeEvidence, nodeTexts, edgeEvidence };
}

/** Nodes from Cypher as NodeRecords, and an index of them by id for the edges' ends. */
export function toNodes(
  raw: unknown,
  viewer: Viewer,
  projection: Projection,
): { nodes: NodeRecord[]; byId: Map<string, NodeRecord> } {
  const nodes = ((raw as Raw[] | null) ?? []).map((node) => toNodeRecord(node, viewer, projection));
  return { nodes, byId: new Map(nodes.map((node) => [node.id, node])) };
}

/** A relationship from Cypher (`r {.*, type, from, to}`) whose ends are among `byId`. */
export function toGraphEdge(
  raw: Raw,
  byId: Map<string, NodeRecord>,
  viewer: Viewer,
  projection: Projection,
): GraphEdgeRecord {
  const from = raw.from as string;
  const to = raw.to as string;
  const source = byId.get(from);
  const target = byId.get(to);
  // The queries only return relationships between nodes they also return.
  if (!source || !target) throw new Error(`Edge ${String(raw.key)} has an end outside the result`);
  return {
    key: raw.key as string,
    type: raw.type as RelationshipType,
    from,
    to,
    source,
    target,
    year: (raw.year as number | null) ?? null,
    title: (raw.title as string | null) ?? null,
    context: (raw.context as string | null) ?? null,
    restricted: Boolean(raw.restricted),
    evidence: fetchedEvidence(raw, projection.edgeEvidence, viewer),
  };
}

/** A path from Cypher (`nodes`, `edges` in order) as a PathRecord. */
export function toPath(
  raw: { nodes: unknown; edges: unknown },
  viewer: Viewer,
  projection: Projection,
): PathRecord {
  const { nodes, byId } = toNodes(raw.nodes, viewer, projection);
  const edges = ((raw.edges as Raw[] | null) ?? []).map((edge) =>
    toGraphEdge(edge, byId, viewer, projection),
  );
  return { length: edges.length, nodes, edges };
}
