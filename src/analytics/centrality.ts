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
  const simple = toSimpleUndirected(graph);
  if (simple.order === 0) return { scores: [], sampledSources: null };
  let scores: Record<string, number>;
  let sampledSources: number | null = null;
  switch (measure) {
    case CentralityMeasure.DEGREE:
      scores = simple.order === 1 ? { [simple.nodes()[0]]: 0 } : degreeCentrality(simple);
      break;
    case CentralityMeasure.BETWEENNESS:
      ({ scores, sampledSources } = betweenness(simple));
      break;
    case CentralityMeasure.PAGERANK:
      scores = pagerank(simple, { getEdgeWeight: null, ...PAGERANK_OPTIONS });
      break;
  }
  const ranked = simple
    .nodes()
    .map((id) => ({ ...nodeRef(simple, id), score: scores[id] ?? 0, degree: simple.degree(id), rank: 0 }))
    .sort((a, b) =>
      Math.abs(a.score - b.score) > TIE_TOLERANCE
        ? b.score - a.score
        : a.id < b.id
          ? -1
          : a.id > b.id
            ? 1
            : 0,
    );
  ranked.forEach((entry, i) => {
    const previous = ranked[i - 1];
    entry.rank = previous && Math.abs(previous.score - entry.score) <= TIE_TOLERANCE ? previous.rank : i + 1;
  });
  return { scores: ranked, sampledSources };
}
