import type { EvidenceRecord, NodeRecord } from '../graph/records/records';
import { NodeLabel, RelationshipType } from '../model';

/** A relationship on a walk, with the nodes at its ends when selected (compile/walk.ts). */
export interface GraphEdgeRecord {
  key: string;
  type: RelationshipType;
  from: string;
  to: string;
  source?: NodeRecord;
  target?: NodeRecord;
  year: number | null;
  title: string | null;
  context: string | null;
  restricted: boolean;
  /** When selected. */
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
