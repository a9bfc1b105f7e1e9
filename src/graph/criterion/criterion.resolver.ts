import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../context';
import { LIMITS, perItem } from '../../model';
import { CriterionListArgs } from './criterion.input';
import { getCriterion, listCriteria } from './criterion.queries';
import { Criterion, CriterionConnection } from './criterion.type';

@Resolver(() => Criterion)
export class CriterionResolver {
  @Query(() => CriterionConnection, {
    description: 'Selection criteria of the award, page by page, filtered and ordered by name.',
    complexity: perItem(LIMITS.defaultPageSize),
  })
  criteria(@Args() args: CriterionListArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return listCriteria(ctx, args, info);
  }

  @Query(() => Criterion, {
    description: 'One criterion by id, e.g. `criterion:preventie-en-presentie`. NOT_FOUND if there is none.',
  })
  criterion(
    @Arg('id', () => ID, { description: 'The criterion id, `criterion:<slug>`.' }) id: string,
    @Ctx() ctx: GraphContext,
  ) {
    return getCriterion(ctx, id);
  }
}
