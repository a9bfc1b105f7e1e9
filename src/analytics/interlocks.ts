import type { AbstractGraph } from 'graphology-types';
import { allSimplePaths } from 'graphology-simple-path';
import { NodeLabel } from '../model';
import {
  type FoldedRelationship,
  type NodeRef,
  nodeRef,
  type SimpleGraph,
  toSimpleUndirected,
} from './projection';

/** The kinds that can interlock two places: people and organisations. */
export const CONNECTOR_KINDS: readonly NodeLabel[] = [NodeLabel.Person, NodeLabel.Organisation];

export const INTERLOCK_LIMITS = {
  defaultMaxLength: 3,
  minMaxLength: 2,
  maxMaxLength: 3,
  defaultPaths: 50,
  maxPaths: 200,
};

export interface InterlockPathRecord {
  /** Hops from one end to the other. */
  length: number;
  /** From `a` to `b`. */
  nodes: NodeRef[];
  /** Every relationship of each hop, hop by hop (a hop joined by several relationships lists them all). */
  edges: FoldedRelationship[];
}

export interface ConnectorRecord {
  node: NodeRef;
  /** Joined directly to both ends: a path a – node – b. */
  adjacentToBoth: boolean;
  /** The length of the shortest path through it (2 or 3). */
  shortestPath: number;
  /** How many paths of at most maxLength hops go through it. */
  pathCount: number;
  /** The relationships of its shortest paths between the ends (each with its evidence), by key. */
  links: FoldedRelationship[];
}

export interface InterlockRecord {
  a: NodeRef;
  b: NodeRef;
  maxLength: number;
  /** Relationships joining a and b directly. */
  direct: FoldedRelationship[];
  /** The people and organisations on paths between a and b: adjacent to both first, then by paths. */
  connectors: ConnectorRecord[];
  /** The paths of 2 to maxLength hops, shortest first, then by the ids along them; at most `limit`. */
  paths: InterlockPathRecord[];
  /** How many such paths there are in all (paths is cut at `limit`). */
  pathCount: number;
}

const byKey = (a: FoldedRelationship, b: FoldedRelationship) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

function hopRelationships(simple: SimpleGraph, from: string, to: string): FoldedRelationship[] {
  const edge = simple.edge(from, to);
  return edge === undefined ? [] : [...simple.getEdgeAttribute(edge, 'relationships')].sort(byKey);
}

/**
 * Who connects `a` and `b`: every simple path between them of at most `maxLength` (2 or 3) hops in
 * the undirected simple form of the graph (graphology-simple-path), and the people and organisations
 * on them, each with the relationships (and their evidence) that make the link. Paths may pass
 * through any kind (a programme, a region, an award edition); only people and organisations are
 * reported as connectors. Undefined when either end is not in the graph.
 */
export function interlocks(
  graph: AbstractGraph,
  a: string,
  b: string,
  { maxLength = INTERLOCK_LIMITS.defaultMaxLength, limit = INTERLOCK_LIMITS.defaultPaths } = {},
): InterlockRecord | undefined {
  if (!graph.hasNode(a) || !graph.hasNode(b)) return undefined;
  const simple = toSimpleUndirected(graph);
  const nodePaths = (a === b ? [] : allSimplePaths(simple, a, b, { maxDepth: maxLength }))
    .filter((path) => path.length > 2)
    .map((path) => ({ path, sortKey: path.join('\u0000') }))
    .sort(
      (x, y) => x.path.length - y.path.length || (x.sortKey < y.sortKey ? -1 : x.sortKey > y.sortKey ? 1 : 0),
    )
    .map(({ path }) => path);

  const toPath = (path: string[]): InterlockPathRecord => ({
    length: path.length - 1,
    nodes: path.map((id) => nodeRef(simple, id)),
    edges: path.slice(1).flatMap((id, i) => hopRelationships(simple, path[i], id)),
  });

  const connectors = new Map<string, { paths: string[][] }>();
  for (const path of nodePaths) {
    for (const id of path.slice(1, -1)) {
      const kind = nodeRef(simple, id).kind;
      if (kind === null || !CONNECTOR_KINDS.includes(kind)) continue;
      const entry = connectors.get(id) ?? { paths: [] };
      entry.paths.push(path);
      connectors.set(id, entry);
    }
  }
  const connectorRecords: ConnectorRecord[] = [...connectors].map(([id, { paths }]) => {
    const shortestPath = Math.min(...paths.map((path) => path.length - 1));
    const links = new Map<string, FoldedRelationship>();
    for (const path of paths.filter((p) => p.length - 1 === shortestPath)) {
      for (const edge of toPath(path).edges) links.set(edge.key, edge);
    }
    return {
      node: nodeRef(simple, id),
      adjacentToBoth: simple.hasEdge(a, id) && simple.hasEdge(id, b),
      shortestPath,
      pathCount: paths.length,
      links: [...links.values()].sort(byKey),
    };
  });
  connectorRecords.sort(
    (x, y) =>
      Number(y.adjacentToBoth) - Number(x.adjacentToBoth) ||
      x.shortestPath - y.shortestPath ||
      y.pathCount - x.pathCount ||
      (x.node.id < y.node.id ? -1 : x.node.id > y.node.id ? 1 : 0),
  );

  return {
    a: nodeRef(simple, a),
    b: nodeRef(simple, b),
    maxLength,
    direct: a === b ? [] : hopRelationships(simple, a, b),
    connectors: connectorRecords,
    paths: nodePaths.slice(0, limit).map(toPath),
    pathCount: nodePaths.length,
  };
}
