import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../context';
import { LIMITS, perItem } from '../../model';
import { OrganisationListArgs } from './organisation.input';
import { getOrganisation, listOrganisations } from './organisation.queries';
import { Organisation, OrganisationConnection } from './organisation.type';

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => OrganisationConnection, {
    description:
      'Organisations (social-work, care, government, school, network, civic bodies), page by page, ' +
      'filtered and ordered by name.',
    complexity: perItem(LIMITS.defaultPageSize),
  })
  organisations(
    @Args() args: OrganisationListArgs,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listOrganisations(ctx, args, info);
  }

  @Query(() => Organisation, {
    description: 'One organisation by id, e.g. `org:kwadraad`. NOT_FOUND if there is none.',
  })
  organisation(
    @Arg('id', () => ID, { description: 'The organisation id, `org:<slug>`.' }) id: string,
    @Ctx() ctx: GraphContext,
  ) {
    return getOrganisation(ctx, id);
  }
}
