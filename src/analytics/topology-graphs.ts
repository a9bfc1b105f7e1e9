import { MultiDirectedGraph, UndirectedGraph } from 'graphology';
import type { Attributes } from 'graphology-types';
import type { NodeLabel } from '../model';
import { RELATIONSHIP_TYPES, type Topology, canonicalOrder } from './topology';

/** A node of a graph built from a topology: what NodeRef and similarity read of it. */
export interface TopologyNode extends Attributes {
  name: string;
  kind: NodeLabel;
  programmeKind?: string | null;
}

/** The undirected simple form (see toSimpleUndirected) of a topology: one edge per joined pair, weighted. */
export type WeightedSimpleGraph = UndirectedGraph<TopologyNode, { weight: number }>;

/**
 * The undirected simple form of a topology, as `toSimpleUndirected` makes it of a projection graph:
 * the nodes in id order; one edge per pair of distinct nodes that any relationship joins, `weight`
 * the number of relationships joining the pair. The pairs are put in order (lower position first,
 * by the counting sort the topology's own order uses) and counted in one pass, so the edges go in
 * pair order, the same for the same graph however it is stored, with no map of pairs (at 1M, two
 * maps of 1.6M pairs were most of the build's garbage).
 */
export function simpleGraphOf(topology: Topology): WeightedSimpleGraph {
  const graph: WeightedSimpleGraph = new UndirectedGraph<TopologyNode, { weight: number }>();
  const { ids, names, kinds, sources, targets } = topology;
  const n = ids.length;
  for (let v = 0; v < n; v++) graph.addNode(ids[v], { name: names[v], kind: kinds[v] });
  let m = 0;
  const low = new Int32Array(sources.length);
  const high = new Int32Array(sources.length);
  for (let e = 0; e < sources.length; e++) {
    const s = sources[e];
    const t = targets[e];
    if (s === t) continue;
    low[m] = s < t ? s : t;
    high[m] = s < t ? t : s;
    m++;
  }
  const pairs = canonicalOrder(n, low.subarray(0, m), high.subarray(0, m), new Uint8Array(m));
  for (let k = 0; k < m;) {
    let end = k + 1;
    while (end < m && pairs.sources[end] === pairs.sources[k] && pairs.targets[end] === pairs.targets[k])
      end++;
    graph.addUndirectedEdge(ids[pairs.sources[k]], ids[pairs.targets[k]], { weight: end - k });
    k = end;
  }
  return graph;
}

/**
 * The projection as stored, for similarity: a directed multigraph, nodes with name, kind and a
 * programme's kind, relationships with their type (no key, properties or evidence).
 */
export function multiGraphOf(topology: Topology): MultiDirectedGraph<TopologyNode, { type: string }> {
  const graph = new MultiDirectedGraph<TopologyNode, { type: string }>();
  const { ids, names, kinds, programmeKinds, sources, targets, types } = topology;
  for (let v = 0; v < ids.length; v++) {
    graph.addNode(ids[v], { name: names[v], kind: kinds[v], programmeKind: programmeKinds[v] });
  }
  for (let e = 0; e < sources.length; e++) {
    graph.addDirectedEdge(ids[sources[e]], ids[targets[e]], { type: RELATIONSHIP_TYPES[types[e]] });
  }
  return graph;
}
