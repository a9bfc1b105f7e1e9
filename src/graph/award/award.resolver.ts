import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../context';
import { LIMITS, perItem } from '../../model';
import { AwardListArgs } from './award.input';
import { getAward, listAwards } from './award.queries';
import { Award, AwardConnection } from './award.type';

@Resolver(() => Award)
export class AwardResolver {
  @Query(() => AwardConnection, {
    description:
      'Editions of the Gouden Sociale Gemeenten award, page by page, filtered and ordered by name.',
    complexity: perItem(LIMITS.defaultPageSize),
  })
  awards(@Args() args: AwardListArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return listAwards(ctx, args, info);
  }

  @Query(() => Award, {
    description:
      'One award edition by id, e.g. `award:gouden-sociale-gemeenten-2017`. NOT_FOUND if there is none.',
  })
  award(
    @Arg('id', () => ID, { description: 'The award id, `award:<slug>`.' }) id: string,
    @Ctx() ctx: GraphContext,
  ) {
    return getAward(ctx, id);
  }
}
