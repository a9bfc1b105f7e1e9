import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../context';
import { LIMITS, perItem } from '../../model';
import { RegionListArgs } from './region.input';
import { getRegion, listRegions } from './region.queries';
import { Region, RegionConnection } from './region.type';

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => RegionConnection, {
    description:
      'Regions (gemeenten that act and are awarded together), page by page, filtered and ordered by name.',
    complexity: perItem(LIMITS.defaultPageSize),
  })
  regions(@Args() args: RegionListArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return listRegions(ctx, args, info);
  }

  @Query(() => Region, {
    description: 'One region by id, e.g. `region:midden-limburg`. NOT_FOUND if there is none.',
  })
  region(
    @Arg('id', () => ID, { description: 'The region id, `region:<slug>`.' }) id: string,
    @Ctx() ctx: GraphContext,
  ) {
    return getRegion(ctx, id);
  }
}
