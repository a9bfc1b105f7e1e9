import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../graph/compile/context';
import { getNeighbourhood } from './neighbourhood.queries';
import { AllPathsArgs, NeighbourhoodArgs, PathArgs, SearchArgs } from './network.args';
import { NETWORK_COST } from './network.limits';
import type { NeighbourhoodRecord, PathRecord, SearchHitRecord } from './network.records';
import { Neighbourhood, Path, SearchHit } from './network.type';
import { findAllShortestPaths, findShortestPath } from './paths.queries';
import { searchNodes } from './search.queries';

/** Walks across kinds: each query is one call into data access, one Cypher round trip. */
@Resolver()
export class NetworkResolver {
  @Query(() => Neighbourhood, {
    description:
      'The nodes within `depth` hops of a node (either direction) and every relationship among them, ' +
      'each with its evidence. NOT_FOUND if there is no such node.',
    complexity: NETWORK_COST.neighbourhood,
  })
  neighbourhood(
    @Args(() => NeighbourhoodArgs) args: NeighbourhoodArgs,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NeighbourhoodRecord> {
    return getNeighbourhood(ctx, args, info);
  }

  @Query(() => Path, {
    nullable: true,
    description:
      'A shortest chain of relationships joining two nodes, followed either way, each hop with its ' +
      'evidence: why are these two connected? Of several equally short ones, Neo4j picks one ' +
      '(`allShortestPaths` lists them all). Null when none is at most `maxLength` hops long; ' +
      'NOT_FOUND names the unknown end.',
    complexity: NETWORK_COST.shortestPath,
  })
  shortestPath(
    @Args(() => PathArgs) args: PathArgs,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PathRecord | null> {
    return findShortestPath(ctx, args, info);
  }

  @Query(() => [Path], {
    description:
      'Every shortest chain of relationships joining two nodes (all of the same, minimal length), ' +
      'ordered by the ids along them; empty when none is at most `maxLength` hops long.',
    complexity: NETWORK_COST.allShortestPaths,
  })
  allShortestPaths(
    @Args(() => AllPathsArgs) args: AllPathsArgs,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PathRecord[]> {
    return findAllShortestPaths(ctx, args, info);
  }

  @Query(() => [SearchHit], {
    description:
      'Full-text search over names, aliases, quotes, descriptions and document texts, with Dutch ' +
      'stemming; best first, each hit with its score and a highlighted snippet. Equal scores come by ' +
      'id; in a tie that reaches past the 100th hit, among the tied hits the index reads first (the ' +
      'same on every call while the graph is unchanged), so that a search costs the same at any size.',
    complexity: NETWORK_COST.search,
  })
  search(
    @Args(() => SearchArgs) args: SearchArgs,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SearchHitRecord[]> {
    return searchNodes(ctx, args, info);
  }
}
