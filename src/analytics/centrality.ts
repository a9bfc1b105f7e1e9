import type { AbstractGraph } from 'graphology-types';
import { degreeCentrality } from 'graphology-metrics/centrality/degree';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { betweenness } from './betweenness';
import { type NodeRef, nodeRef, toSimpleUndirected } from './projection';

export enum CentralityMeasure {
  DEGREE = 'DEGREE',
  BETWEENNESS = 'BETWEENNESS',
  PAGERANK = 'PAGERANK',
}

export interface CentralityScoreRecord extends NodeRef {
  /** 1 for the highest score; nodes with equal scores share a rank (competition ranking, 1-2-2-4). */
  rank: number;
  score: number;
  /** How many distinct nodes it is joined to (in the undirected simple form). */
  degree: number;
}

/** Scores this close are equal: betweenness sums fractions, and the order of summing leaves noise. */
const TIE_TOLERANCE = 1e-12;

/** The PageRank settings: the usual damping, and a tolerance and iteration cap that always converge here. */
export const PAGERANK_OPTIONS = { alpha: 0.85, tolerance: 1e-10, maxIterations: 1000 };

/**
 * Scores every node by one measure, computed by graphology-metrics on the undirected simple form of
 * the graph (one edge per joined pair, unweighted, so the scores read as network position and not as
 * how many documents repeat a tie):
 * - DEGREE: degree centrality, the share of the other nodes a node is joined to (degree / (n − 1));
 * - BETWEENNESS: normalised betweenness, the share of shortest paths between other pairs through it;
 * - PAGERANK: PageRank with damping 0.85 (the scores sum to 1).
 * Ranked best first; ties ordered by id, so the ranking is the same on every run.
 */
export function centrality(graph: AbstractGraph, measure: CentralityMeasure): CentralityScoreRecord[] {
  return rankCentrality(graph, measure).scores;
}

/**
 * As `centrality`, and how many sources a betweenness estimate used (null when exact, and for the
 * other measures): above 5,000 nodes betweenness is estimated from sampled sources (betweenness.ts).
 */
export function rankCentrality(
  graph: AbstractGraph,
  measure: CentralityMeasure,
): { scores: CentralityScoreRecord[]; sampledSources: number | null } {
  return rankSimple(toSimpleUndirected(graph), measure);
}

/** As `rankCentrality`, on a graph that already is undirected and simple (topology-graphs.ts). */
export function rankSimple(
  simple: AbstractGraph,
  measure: CentralityMeasure,
  { first = Infinity, onSource }: { first?: number; onSource?: (done: number, total: number) => void } = {},
): { scores: CentralityScoreRecord[]; sampledSources: number | null } {
  if (simple.order === 0) return { scores: [], sampledSources: null };
  let scores: Record<string, number>;
  let sampledSources: number | null = null;
  switch (measure) {
    case CentralityMeasure.DEGREE:
      scores = simple.order === 1 ? { [simple.nodes()[0]]: 0 } : degreeCentrality(simple);
      break;
    case CentralityMeasure.BETWEENNESS:
      ({ scores, sampledSources } = betweenness(simple, onSource));
      break;
    case CentralityMeasure.PAGERANK:
      scores = pagerank(simple, { getEdgeWeight: null, ...PAGERANK_OPTIONS });
      break;
  }
  // Ordered as indices over score and id columns, and only the first `first` made into records: at
  // 1M a record and a comparison of objects for every node was a tenth of PageRank's time.
  const ids = simple.nodes();
  const values = Float64Array.from(ids, (id) => scores[id] ?? 0);
  const order = Array.from(ids.keys()).sort((a, b) =>
    Math.abs(values[a] - values[b]) > TIE_TOLERANCE
      ? values[b] - values[a]
      : ids[a] < ids[b]
        ? -1
        : ids[a] > ids[b]
          ? 1
          : 0,
  );
  const ranked: CentralityScoreRecord[] = [];
  for (const [i, at] of order.slice(0, first).entries()) {
    const previous = ranked[i - 1];
    const score = values[at];
    ranked.push({
      ...nodeRef(simple, ids[at]),
      score,
      degree: simple.degree(ids[at]),
      rank: previous && Math.abs(previous.score - score) <= TIE_TOLERANCE ? previous.rank : i + 1,
    });
  }
  return { scores: ranked, sampledSources };
}
