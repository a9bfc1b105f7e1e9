import type { EvidenceRecord, NodeRecord } from '../graph/common/records';
import { evidenceOf, toNodeRecord } from '../graph/common/to-records';
import type { Viewer } from '../graph/common/viewer';
import { NodeLabel, RelationshipType } from '../graph/model';

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
  evidence: EvidenceRecord[];
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

/** Nodes from Cypher as NodeRecords, and an index of them by id for the edges' ends. */
export function toNodes(
  raw: unknown,
  viewer: Viewer,
): { nodes: NodeRecord[]; byId: Map<string, NodeRecord> } {
  const nodes = ((raw as Raw[] | null) ?? []).map((node) => toNodeRecord(node, viewer));
  return { nodes, byId: new Map(nodes.map((node) => [node.id, node])) };
}

/** A relationship from Cypher (`r {.*, type, from, to}`) whose ends are among `byId`. */
export function toGraphEdge(raw: Raw, byId: Map<string, NodeRecord>, viewer: Viewer): GraphEdgeRecord {
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
    evidence: evidenceOf(raw, viewer),
  };
}

/** A path from Cypher (`nodes`, `edges` in order) as a PathRecord. */
export function toPath(raw: { nodes: unknown; edges: unknown }, viewer: Viewer): PathRecord {
  const { nodes, byId } = toNodes(raw.nodes, viewer);
  const edges = ((raw.edges as Raw[] | null) ?? []).map((edge) => toGraphEdge(edge, byId, viewer));
  return { length: edges.length, nodes, edges };
}
