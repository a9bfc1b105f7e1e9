import type { AbstractGraph } from 'graphology-types';
import louvain from 'graphology-communities-louvain';
import seedrandom from 'seedrandom';
import { type NodeRef, nodeRef, toSimpleUndirected } from './projection';

export interface CommunityRecord {
  /** 0 for the largest community; by size, then by the smallest member id. */
  index: number;
  size: number;
  /** Members ordered by id. */
  members: NodeRef[];
}

export interface CommunityPartitionRecord {
  seed: number;
  /** How many communities (an isolated node is a community of one). */
  count: number;
  /** Modularity of the partition on the weighted simple form (−0.5 to 1; higher is more clustered). */
  modularity: number;
  communities: CommunityRecord[];
}

export const DEFAULT_SEED = 42;

/**
 * Louvain communities (graphology-communities-louvain) on the undirected simple form of the graph,
 * each pair weighted by the number of relationships joining it. Louvain visits nodes in a random
 * order; the random numbers come from a PRNG seeded with `seed` (seedrandom), and the graph is always
 * built in the same order, so the same seed on the same graph gives the same partition. Communities
 * are renumbered canonically (largest first, ties by smallest member id), so the numbers do not
 * depend on the library's internal labels.
 */
export function communities(graph: AbstractGraph, seed: number = DEFAULT_SEED): CommunityPartitionRecord {
  return partitionSimple(toSimpleUndirected(graph), seed);
}

/** As `communities`, on a graph that already is undirected and simple with a `weight` per edge. */
export function partitionSimple(
  simple: AbstractGraph,
  seed: number = DEFAULT_SEED,
): CommunityPartitionRecord {
  if (simple.order === 0) return { seed, count: 0, modularity: 0, communities: [] };
  const detailed = louvain.detailed(simple, {
    getEdgeWeight: 'weight',
    resolution: 1,
    rng: seedrandom(String(seed)),
  });
  const groups = new Map<number, string[]>();
  for (const id of simple.nodes()) {
    const label = detailed.communities[id];
    const group = groups.get(label);
    if (group) group.push(id);
    else groups.set(label, [id]);
  }
  const ordered = [...groups.values()]
    .map((ids) => ids.sort())
    .sort((a, b) => b.length - a.length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return {
    seed,
    count: ordered.length,
    modularity: simple.size === 0 ? 0 : detailed.modularity,
    communities: ordered.map((ids, index) => ({
      index,
      size: ids.length,
      members: ids.map((id) => nodeRef(simple, id)),
    })),
  };
}
