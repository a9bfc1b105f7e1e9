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
 * Query costs (graphql-query-complexity through type-graphql's `complexity`): the selection under
 * the field is counted once per unit of work the arguments allow. Arguments are clamped to their
 * valid range, so an out-of-range value is refused by validation with a clear message rather than
 * as "too complex".
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
    return 1 + childComplexity * depth * Math.ceil(limit / 10);
  },
  /** A path of up to `maxLength` hops costs the selection once per hop. */
  shortestPath({ args, childComplexity }: ComplexityEstimatorArgs): number {
    return (
      1 + childComplexity * arg(args, 'maxLength', NETWORK_LIMITS.defaultPathLength, LIMITS.maxPathLength)
    );
  },
  /** As shortestPath, for each five paths of `limit`. */
  allShortestPaths({ args, childComplexity }: ComplexityEstimatorArgs): number {
    const hops = arg(args, 'maxLength', NETWORK_LIMITS.defaultPathLength, LIMITS.maxPathLength);
    const paths = arg(args, 'limit', NETWORK_LIMITS.defaultPathCount, NETWORK_LIMITS.maxPathCount);
    return 1 + childComplexity * hops * Math.ceil(paths / 5);
  },
  /** Each hit costs the selection once. */
  search({ args, childComplexity }: ComplexityEstimatorArgs): number {
    return (
      1 + childComplexity * arg(args, 'first', NETWORK_LIMITS.defaultSearchSize, NETWORK_LIMITS.maxSearchSize)
    );
  },
};
