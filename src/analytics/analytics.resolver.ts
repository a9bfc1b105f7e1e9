import type { ComplexityEstimatorArgs } from 'graphql-query-complexity';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { ErrorCode, appError } from '../db/errors';
import { Node } from '../graph/types/node.interface';
import type { NodeRecord } from '../graph/records/records';
import type { GraphContext } from '../graph/compile/context';
import { LIMITS } from '../model';
import {
  ANALYTICS_LIMITS,
  CentralityArgs,
  CommunitiesArgs,
  InterlocksArgs,
  SimilarMunicipalitiesArgs,
} from './analytics.args';
import {
  type CentralityResult,
  type CommunitiesResult,
  type InterlocksResult,
  type ProjectionSummary,
  type SimilarityResult,
  runCentrality,
  runCommunities,
  runInterlocks,
  runSimilarity,
} from './analytics.service';
import {
  CentralityRanking,
  CentralityScore,
  Community,
  CommunityPartition,
  InterlockConnector,
  InterlockPath,
  Interlocks,
  ProjectionInfo,
  MunicipalitySimilarity,
  SharedNodes,
  SimilarMunicipalities,
} from './analytics.type';
import type { CentralityScoreRecord } from './centrality';
import type { CommunityRecord } from './communities';
import type { ConnectorRecord, InterlockPathRecord } from './interlocks';
import { INTERLOCK_LIMITS } from './interlocks';
import type { NodeRef } from './projection';
import type { SharedNodesRecord, SimilarityRecord } from './similarity';

/** An argument as the cost estimate sees it: defaulted and clamped (validation reports bad values). */
function arg(args: Record<string, unknown>, name: string, fallback: number, max: number): number {
  const value = Number(args[name] ?? fallback);
  return Number.isFinite(value) ? Math.min(Math.max(1, Math.trunc(value)), max) : fallback;
}

/**
 * The base cost of an analysis: more than half the budget of one operation (LIMITS.maxComplexity,
 * 25,000), i.e. 12,501, so a request holds at most one analysis and a second one (or 30 aliases of
 * one: 1.1 s of betweenness on the seed graph) is refused with QUERY_TOO_COMPLEX before anything
 * runs. Every analysis reads a whole projection of the graph and runs over all of it, so what it
 * costs does not depend on what is selected; the rest of the budget (12,499) is for its selection and
 * for anything beside it in the request.
 */
export const ANALYSIS_BASE_COST = Math.floor(LIMITS.maxComplexity / 2) + 1;

/**
 * Costs: the base cost of an analysis, plus its selection once per item it may return. The richest
 * selections of the tests and docs, at the largest `first`, cost a few thousand at most.
 */
export const ANALYTICS_COST = {
  centrality: ({ args, childComplexity }: ComplexityEstimatorArgs) =>
    ANALYSIS_BASE_COST +
    childComplexity * arg(args, 'first', ANALYTICS_LIMITS.defaultRanking, ANALYTICS_LIMITS.maxRanking),
  /** A partition of the default projection has some tens of communities. */
  communities: ({ childComplexity }: ComplexityEstimatorArgs) => ANALYSIS_BASE_COST + childComplexity * 20,
  similarMunicipalities: ({ args, childComplexity }: ComplexityEstimatorArgs) =>
    ANALYSIS_BASE_COST +
    childComplexity * arg(args, 'first', ANALYTICS_LIMITS.defaultSimilar, ANALYTICS_LIMITS.maxSimilar),
  interlocks: ({ args, childComplexity }: ComplexityEstimatorArgs) =>
    ANALYSIS_BASE_COST +
    childComplexity *
      Math.ceil(arg(args, 'first', INTERLOCK_LIMITS.defaultPaths, INTERLOCK_LIMITS.maxPaths) / 5),
};

/** A node named by an analysis, projected for the field's selection (one round trip per level). */
async function loadNode(
  { nodes }: GraphContext,
  info: GraphQLResolveInfo,
  ref: NodeRef | string,
): Promise<NodeRecord> {
  const id = typeof ref === 'string' ? ref : ref.id;
  const node = await nodes.load(info, id);
  // The analyses read only nodes the viewer may see, so this happens only if one was just deleted.
  if (!node) throw appError(ErrorCode.NOT_FOUND, `No node with id "${id}"`);
  return node;
}

async function loadNodes(
  { nodes }: GraphContext,
  info: GraphQLResolveInfo,
  refs: NodeRef[],
): Promise<NodeRecord[]> {
  const found = await nodes.loadMany(
    info,
    refs.map((ref) => ref.id),
  );
  return found.filter((node): node is NodeRecord => node !== null);
}

/** Network analysis over projections of the graph: centrality, communities, similarity, interlocks. */
@Resolver()
export class AnalyticsResolver {
  @Query(() => CentralityRanking, {
    description:
      'The most central nodes of a projection of the graph (chosen kinds and relationship types, ' +
      'undirected), by degree, betweenness or PageRank: who are the hubs and brokers? Restricted ' +
      'facts count only for researchers and editors.',
    complexity: ANALYTICS_COST.centrality,
  })
  centrality(@Args() args: CentralityArgs, @Ctx() { db, viewer }: GraphContext): Promise<CentralityResult> {
    return runCentrality(db, viewer, args);
  }

  @Query(() => CommunityPartition, {
    description:
      'Communities of a projection of the graph by Louvain: clusters of nodes more joined to each ' +
      'other than to the rest. Deterministic for a given seed.',
    complexity: ANALYTICS_COST.communities,
  })
  communities(
    @Args() args: CommunitiesArgs,
    @Ctx() { db, viewer }: GraphContext,
  ): Promise<CommunitiesResult> {
    return runCommunities(db, viewer, args);
  }

  @Query(() => SimilarMunicipalities, {
    description:
      'The municipalities most like one municipality in partners, themes and programme kinds, each with ' +
      'the shared items listed and Jaccard scores. NOT_FOUND if there is no such municipality.',
    complexity: ANALYTICS_COST.similarMunicipalities,
  })
  similarMunicipalities(
    @Args() args: SimilarMunicipalitiesArgs,
    @Ctx() { db, viewer }: GraphContext,
  ): Promise<SimilarityResult> {
    return runSimilarity(db, viewer, args);
  }

  @Query(() => Interlocks, {
    description:
      'Who connects two municipalities, regions or organisations: the people and organisations adjacent ' +
      'to both or on a path of at most `maxLength` hops between them, with the evidence of each link. ' +
      'NOT_FOUND names an unknown end.',
    complexity: ANALYTICS_COST.interlocks,
  })
  interlocks(@Args() args: InterlocksArgs, @Ctx() { db, viewer }: GraphContext): Promise<InterlocksResult> {
    return runInterlocks(db, viewer, args);
  }
}

@Resolver(() => ProjectionInfo)
export class ProjectionInfoResolver {
  /** The summary holds a function: the id is computed only when this field is selected. */
  @FieldResolver(() => String)
  snapshotId(@Root() projection: ProjectionSummary): Promise<string> {
    return projection.snapshotId();
  }
}

@Resolver(() => CentralityScore)
export class CentralityScoreResolver {
  @FieldResolver(() => Node, { description: 'The node.' })
  node(
    @Root() score: CentralityScoreRecord,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NodeRecord> {
    return loadNode(ctx, info, score);
  }
}

@Resolver(() => Community)
export class CommunityResolver {
  @FieldResolver(() => [Node], { description: 'Its members, by id.' })
  members(
    @Root() community: CommunityRecord,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NodeRecord[]> {
    return loadNodes(ctx, info, community.members);
  }
}

@Resolver(() => SharedNodes)
export class SharedNodesResolver {
  @FieldResolver(() => [Node], { description: 'The nodes both have, by name.' })
  shared(
    @Root() shared: SharedNodesRecord,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NodeRecord[]> {
    return loadNodes(ctx, info, shared.shared);
  }
}

@Resolver(() => MunicipalitySimilarity)
export class MunicipalitySimilarityResolver {
  @FieldResolver(() => Node, { description: 'The other municipality.' })
  municipality(
    @Root() similarity: SimilarityRecord,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NodeRecord> {
    return loadNode(ctx, info, similarity.municipality);
  }
}

@Resolver(() => SimilarMunicipalities)
export class SimilarMunicipalitiesResolver {
  @FieldResolver(() => Node, { description: 'The municipality the others are compared with.' })
  municipality(
    @Root() result: SimilarityResult,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NodeRecord> {
    return loadNode(ctx, info, result.municipality ?? '');
  }
}

@Resolver(() => InterlockConnector)
export class InterlockConnectorResolver {
  @FieldResolver(() => Node, { description: 'The person or organisation.' })
  node(
    @Root() connector: ConnectorRecord,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NodeRecord> {
    return loadNode(ctx, info, connector.node);
  }
}

@Resolver(() => InterlockPath)
export class InterlockPathResolver {
  @FieldResolver(() => [Node], { description: 'The nodes along it, from `a` to `b`.' })
  nodes(
    @Root() path: InterlockPathRecord,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NodeRecord[]> {
    return loadNodes(ctx, info, path.nodes);
  }
}

@Resolver(() => Interlocks)
export class InterlocksResolver {
  @FieldResolver(() => Node, { description: 'One end, as asked (`a`).' })
  a(
    @Root() result: InterlocksResult,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NodeRecord> {
    return loadNode(ctx, info, result.a);
  }

  @FieldResolver(() => Node, { description: 'The other end, as asked (`b`).' })
  b(
    @Root() result: InterlocksResult,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NodeRecord> {
    return loadNode(ctx, info, result.b);
  }
}
