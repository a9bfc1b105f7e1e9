import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../context';
import { LIMITS, perItem } from '../../model';
import { MunicipalityListArgs } from './municipality.input';
import { getMunicipality, listMunicipalities } from './municipality.queries';
import { Municipality, MunicipalityConnection } from './municipality.type';

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @Query(() => MunicipalityConnection, {
    description: 'Municipalities, page by page, filtered and ordered by name.',
    complexity: perItem(LIMITS.defaultPageSize),
  })
  municipalities(
    @Args() args: MunicipalityListArgs,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listMunicipalities(ctx, args, info);
  }

  @Query(() => Municipality, { description: 'One municipality by id, e.g. `municipality:delft`.' })
  municipality(
    @Arg('id', () => ID, { description: 'The municipality id.' }) id: string,
    @Ctx() ctx: GraphContext,
  ) {
    return getMunicipality(ctx, id);
  }
}
