import type { ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../graph/compile/context';
import { ANALYSIS_BASE_COST } from './analytics.resolver';
import { DIFF_LIMITS } from './diff';
import { type DiffResult, runDiff } from './diff.service';
import { DiffArgs, GraphDiff } from './diff.type';

/**
 * A diff is an analysis: it reads up to two whole snapshots (or one and the graph now) and runs
 * PageRank, Louvain and interlocks on each, so it costs ANALYSIS_BASE_COST (at most one per request),
 * plus its selection once per item of the lists it may return (`first` each; the selection's own
 * list fields count them).
 */
export const DIFF_COST = ({ args, childComplexity }: ComplexityEstimatorArgs) => {
  const first = Math.min(
    Math.max(1, Math.trunc(Number(args.first ?? DIFF_LIMITS.defaultFirst)) || 1),
    DIFF_LIMITS.maxFirst,
  );
  return ANALYSIS_BASE_COST + childComplexity * Math.ceil(first / 20);
};

@Resolver()
export class DiffResolver {
  @Query(() => GraphDiff, {
    description:
      'What changed between two exports (their X-Snapshot-Id), or between one and the graph now: ' +
      'nodes, relationships and evidence added, removed and changed, PageRank rank changes, Louvain ' +
      'communities split or merged, and interlocks gained or lost. A snapshot taken as a researcher’s ' +
      'view may be diffed only by researchers and editors (FORBIDDEN); an unknown id is NOT_FOUND; ' +
      'snapshots past the analysis caps are ANALYSIS_TOO_LARGE.',
    complexity: DIFF_COST,
  })
  diff(@Args() args: DiffArgs, @Ctx() { db, viewer }: GraphContext): Promise<DiffResult> {
    return runDiff(db, viewer, args);
  }
}
