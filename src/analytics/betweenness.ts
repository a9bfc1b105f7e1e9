import type { AbstractGraph } from 'graphology-types';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import seedrandom from 'seedrandom';

/**
 * Exact betweenness (Brandes, graphology-metrics) runs a breadth-first search from every node:
 * O(n·m), about a second for 5,000 nodes here but hours for 500,000. Above EXACT_MAX_NODES the score
 * is estimated from SAMPLE_SOURCES sources (Brandes & Pich 2007, "Centrality estimation in large
 * networks"): the dependencies accumulated from those sources, scaled by n / sources. The sources
 * are drawn by a PRNG with a fixed seed over the nodes in graph order, so the same graph always
 * gives the same estimate. The API says which it was (CentralityRanking.sampledSources).
 */
export const BETWEENNESS = {
  exactMaxNodes: 5_000,
  sampleSources: 500,
  /**
   * Fewer sources on a graph so large that 500 searches would not finish in time: each search visits
   * every node and both ends of every edge (n + 2m steps), and this many steps in all take about 25 s
   * here (measured at 1M: 550k nodes, 1.6M edges, 105 sources in ≈ 25 s, bench/README.md). 500 sources up to ≈ 100k-node
   * projections, ≈ 100 at 1M; never fewer than 50.
   */
  sampleWork: 4e8,
  minSampleSources: 50,
  seed: 'betweenness',
};

/** How many sources the estimate of a graph of `n` nodes and `m` edges uses. */
export function sampleSize(n: number, m: number): number {
  const affordable = Math.floor(BETWEENNESS.sampleWork / (n + 2 * m));
  return Math.min(n, BETWEENNESS.sampleSources, Math.max(BETWEENNESS.minSampleSources, affordable));
}

export interface Betweenness {
  scores: Record<string, number>;
  /** How many sources the estimate used; null when exact. */
  sampledSources: number | null;
}

/** Normalised, unweighted betweenness of an undirected simple graph: exact, or estimated (see above). */
export function betweenness(
  graph: AbstractGraph,
  onSource?: (done: number, total: number) => void,
): Betweenness {
  const n = graph.order;
  if (n <= BETWEENNESS.exactMaxNodes) {
    return {
      scores: betweennessCentrality(graph, { getEdgeWeight: null, normalized: true }),
      sampledSources: null,
    };
  }
  // Compressed adjacency (node index → neighbour indices) for the searches.
  const ids = graph.nodes();
  const index = new Map(ids.map((id, i) => [id, i]));
  const offsets = new Int32Array(n + 1);
  ids.forEach((id, i) => (offsets[i + 1] = offsets[i] + graph.degree(id)));
  const neighbours = new Int32Array(offsets[n]);
  ids.forEach((id, i) => {
    let at = offsets[i];
    graph.forEachNeighbor(id, (other) => (neighbours[at++] = index.get(other)!));
  });

  const random = seedrandom(BETWEENNESS.seed);
  const sources = new Set<number>();
  const wanted = sampleSize(n, graph.size);
  while (sources.size < wanted) sources.add(Math.floor(random() * n));

  const centrality = new Float64Array(n);
  const sigma = new Float64Array(n);
  const distance = new Int32Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  let done = 0;
  for (const source of sources) {
    onSource?.(done++, sources.size);
    sigma.fill(0);
    distance.fill(-1);
    delta.fill(0);
    sigma[source] = 1;
    distance[source] = 0;
    order[0] = source;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = order[head++];
      for (let k = offsets[v]; k < offsets[v + 1]; k++) {
        const w = neighbours[k];
        if (distance[w] < 0) {
          distance[w] = distance[v] + 1;
          order[tail++] = w;
        }
        if (distance[w] === distance[v] + 1) sigma[w] += sigma[v];
      }
    }
    // Dependencies, farthest first: each node passes its share back to its predecessors.
    for (let j = tail - 1; j > 0; j--) {
      const w = order[j];
      for (let k = offsets[w]; k < offsets[w + 1]; k++) {
        const v = neighbours[k];
        if (distance[v] === distance[w] - 1) delta[v] += (sigma[v] / sigma[w]) * (1 + delta[w]);
      }
      centrality[w] += delta[w];
    }
  }
  // Scaled to all sources, then normalised as graphology normalises the exact score.
  const scale = n / sources.size / ((n - 1) * (n - 2));
  return {
    scores: Object.fromEntries(ids.map((id, i) => [id, centrality[i] * scale])),
    sampledSources: sources.size,
  };
}
