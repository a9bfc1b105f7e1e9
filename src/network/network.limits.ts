import type { ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { LIMITS } from '../model';

/** The bounds of the network walks, beside the service-wide ones in LIMITS. */
export const NETWORK_LIMITS = {
  defaultNeighbourhoodLimit: 200,
  maxNeighbourhoodLimit: 500,
  /** A neighbourhood returns at most this many edges per node it may return. */
  edgesPerNode: 5,
  defaultPathLength: 6,
  defaultPathCount: 20,
  maxPathCount: 100,
  defaultSearchSize: LIMITS.defaultPageSize,
  maxSearchSize: LIMITS.maxPageSize,
  maxSearchText: 200,
};

/** An argument as the cost estimate sees it: defaulted, and clamped so validation reports bad values. */
function arg(args: Record<string, unknown>, name: string, fallback: number, max: number): number {
  const value = Number(args[name] ?? fallback);
  return Number.isFinite(value) ? Math.min(Math.max(1, Math.trunc(value)), max) : fallback;
}

/**
 * The work of a walk, in units of about one node or relationship it may read, whatever is selected:
 * a walk costs this plus its selection (below). The largest walk of each kind costs more than a
 * thirtieth of the budget (LIMITS.maxComplexity, 25,000), so 30 aliases of it (the alias limit) are
 * refused with QUERY_TOO_COMPLEX before anything runs, where 30 × `neighbourhood(depth: 3, limit:
 * 500)` used to take 2.1 s on the seed graph; the defaults cost a few hundred, so a request can hold
 * a few walks beside its lookups.
 */
export const WALK_WORK = {
  /**
   * Each of `depth` levels expands up to `limit` nodes, each read with its relationships (2):
   * 2 × depth × limit. Default (1, 200): 400; largest (3, 500): 3,000, so at most 8 in a request
   * (fewer with their selections).
   */
  perNodeOfLevel: 2,
  /**
   * A shortest-path search widens from both ends hop by hop: 120 per hop of `maxLength`. Default (6):
   * 720; largest (8): 960 (30 of them: 28,800). Counted high next to a neighbourhood (the bench's
   * 6-hop path takes a fifth of its depth-2 neighbourhood, bench/README.md): two ends that are not
   * joined are searched all the way to `maxLength`.
   */
  perHop: 120,
  /**
   * allShortestPaths also reads each path of `limit`, hop by hop: maxLength × (120 + 4 × limit).
   * Default (6, 20): 1,200; largest (8, 100): 4,160.
   */
  perPathHop: 4,
  /**
   * A search reads the same index hits whatever `first` is (SCAN in search.queries.ts), and a rare
   * kind makes it read ten times more: a fixed 500, then each hit it returns: 500 + 4 × first.
   * Default (20): 580; largest (100): 900 (30 of them: 27,000).
   */
  searchScan: NETWORK_LIMITS.maxSearchSize * 5,
  perHit: 4,
};

/**
 * Query costs (graphql-query-complexity through type-graphql's `complexity`): the work of the walk
 * (WALK_WORK), plus the selection under the field counted once per unit of work the arguments allow.
 * Arguments are clamped to their valid range, so an out-of-range value is refused by validation with a
 * clear message rather than as "too complex" (a single walk at its largest, with the richest selection
 * the tests send, costs well under the budget).
 */
export const NETWORK_COST = {
  /** Each level of depth, and each ten nodes of `limit`, costs the selection once. */
  neighbourhood({ args, childComplexity }: ComplexityEstimatorArgs): number {
    const depth = arg(args, 'depth', 1, LIMITS.maxNeighbourhoodDepth);
    const limit = arg(
      args,
      'limit',
      NETWORK_LIMITS.defaultNeighbourhoodLimit,
      NETWORK_LIMITS.maxNeighbourhoodLimit,
    );
    return WALK_WORK.perNodeOfLevel * depth * limit + 1 + childComplexity * depth * Math.ceil(limit / 10);
  },
  /** A path of up to `maxLength` hops costs the selection once per hop. */
  shortestPath({ args, childComplexity }: ComplexityEstimatorArgs): number {
    const hops = arg(args, 'maxLength', NETWORK_LIMITS.defaultPathLength, LIMITS.maxPathLength);
    return WALK_WORK.perHop * hops + 1 + childComplexity * hops;
  },
  /** As shortestPath, for each five paths of `limit`. */
  allShortestPaths({ args, childComplexity }: ComplexityEstimatorArgs): number {
    const hops = arg(args, 'maxLength', NETWORK_LIMITS.defaultPathLength, LIMITS.maxPathLength);
    const paths = arg(args, 'limit', NETWORK_LIMITS.defaultPathCount, NETWORK_LIMITS.maxPathCount);
    return (
      hops * (WALK_WORK.perHop + WALK_WORK.perPathHop * paths) +
      1 +
      childComplexity * hops * Math.ceil(paths / 5)
    );
  },
  /** Each hit costs the selection once. */
  search({ args, childComplexity }: ComplexityEstimatorArgs): number {
    const hits = arg(args, 'first', NETWORK_LIMITS.defaultSearchSize, NETWORK_LIMITS.maxSearchSize);
    return WALK_WORK.searchScan + WALK_WORK.perHit * hits + 1 + childComplexity * hits;
  },
};
