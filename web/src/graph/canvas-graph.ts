import Graph from 'graphology';
import type { Direction, NodeKind, NodeSummaryFragment, RelationshipType } from '../generated/graphql';
import { KIND_COLOURS } from '../kinds';

/**
 * What is on the canvas: a graphology graph holding only what the explorer has fetched (the
 * overview, the focused nodes' pages of neighbours, the paths asked for), never the whole network.
 * Edges are keyed by the relationship's stable key, so the same fact met twice is drawn once.
 */
export interface NodeAttributes {
  label: string;
  kind: NodeKind;
  restricted: boolean;
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface EdgeAttributes {
  /** Not `type`: sigma reads that attribute as the name of the program that draws the edge. */
  relationshipType: RelationshipType;
  restricted: boolean;
  size: number;
  color: string;
}

export type CanvasGraph = Graph<NodeAttributes, EdgeAttributes>;

export const createCanvasGraph = (): CanvasGraph =>
  new Graph<NodeAttributes, EdgeAttributes>({ multi: true, type: 'directed', allowSelfLoops: false });

const SIZES: Partial<Record<NodeKind, number>> = { Award: 14, Region: 11, Organisation: 8, Municipality: 8 };

/** How far apart the drawn nodes lie: new neighbours start at a fraction of it from their anchor. */
function spread(graph: CanvasGraph): number {
  let extent = 0;
  graph.forEachNode((_id, { x, y }) => {
    extent = Math.max(extent, Math.abs(x), Math.abs(y));
  });
  return Math.max(extent, 10);
}

/**
 * Adds a node (or refreshes its label). A new node starts near `near`, where it was reached from,
 * so ForceAtlas2 settles it locally instead of flinging it across the canvas; ForceAtlas2 needs some
 * start position, and a random one in a disc around the anchor is the usual choice.
 */
export function addNode(graph: CanvasGraph, node: NodeSummaryFragment, near?: string): void {
  if (graph.hasNode(node.id)) {
    graph.mergeNodeAttributes(node.id, { label: node.name, restricted: node.restricted });
    return;
  }
  const anchored = near !== undefined && graph.hasNode(near);
  const anchor = anchored ? graph.getNodeAttributes(near) : { x: 0, y: 0 };
  const angle = Math.random() * 2 * Math.PI;
  const radius = spread(graph) * (anchored ? 0.1 + 0.15 * Math.random() : Math.sqrt(Math.random()));
  graph.addNode(node.id, {
    label: node.name,
    kind: node.kind,
    restricted: node.restricted,
    x: anchor.x + radius * Math.cos(angle),
    y: anchor.y + radius * Math.sin(angle),
    size: SIZES[node.kind] ?? 6,
    color: KIND_COLOURS[node.kind],
  });
}

export function addEdge(
  graph: CanvasGraph,
  edge: { key: string; type: RelationshipType; restricted: boolean },
  from: string,
  to: string,
): void {
  if (!graph.hasNode(from) || !graph.hasNode(to) || graph.hasEdge(edge.key)) return;
  graph.addDirectedEdgeWithKey(edge.key, from, to, {
    relationshipType: edge.type,
    restricted: edge.restricted,
    size: 2,
    color: '#9aa3ad',
  });
}

/** A relationship as a node field returns it: seen from `asker`, with the node at the other end. */
export interface SeenRelationship {
  key: string;
  type: RelationshipType;
  direction: Direction;
  restricted: boolean;
  node: NodeSummaryFragment;
}

export function addRelationship(graph: CanvasGraph, asker: string, relationship: SeenRelationship): void {
  addNode(graph, relationship.node, asker);
  const [from, to] =
    relationship.direction === 'IN' ? [relationship.node.id, asker] : [asker, relationship.node.id];
  addEdge(graph, relationship, from, to);
}
