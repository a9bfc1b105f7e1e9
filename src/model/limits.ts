import type { ComplexityEstimatorArgs } from 'graphql-query-complexity';

/** The bounds every request lives within; refused before the database is touched. */
export const LIMITS = {
  /** Largest page of any list or connection. */
  maxPageSize: 100,
  defaultPageSize: 20,
  /** Default number of items in a typed relationship field (e.g. `municipality.partners`). */
  defaultRelatedSize: 20,
  /** Deepest `neighbourhood`. */
  maxNeighbourhoodDepth: 3,
  /** Longest path `shortestPath` and `allShortestPaths` look for. */
  maxPathLength: 8,
  /** Deepest selection set of an operation. */
  maxQueryDepth: 12,
  /** Cost budget of one operation (graphql-query-complexity). */
  maxComplexity: 25_000,
  maxAliases: 30,
  maxTokens: 2000,
};

/** Longest name (and other name, former name) of a node, in characters. */
export const MAX_NAME_LENGTH = 200;
/** Most other names (or former names) of a node. */
export const MAX_NAMES = 20;

/** A list field costs its children once per item it may return. */
export function perItem(defaultSize: number) {
  return ({ args, childComplexity }: ComplexityEstimatorArgs): number =>
    1 + childComplexity * Math.max(1, Number(args.first ?? defaultSize));
}
