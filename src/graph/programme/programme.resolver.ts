import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../context';
import { LIMITS, perItem } from '../../model';
import { ProgrammeListArgs } from './programme.input';
import { getProgramme, listProgrammes } from './programme.queries';
import { Programme, ProgrammeConnection } from './programme.type';

@Resolver(() => Programme)
export class ProgrammeResolver {
  @Query(() => ProgrammeConnection, {
    description:
      'Programmes (initiatives, projects, facilities, pilots, policies), page by page, filtered and ordered by name.',
    complexity: perItem(LIMITS.defaultPageSize),
  })
  programmes(@Args() args: ProgrammeListArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return listProgrammes(ctx, args, info);
  }

  @Query(() => Programme, {
    description: 'One programme by id, e.g. `programme:geheugenhuis`. NOT_FOUND if there is none.',
  })
  programme(
    @Arg('id', () => ID, { description: 'The programme id, `programme:<slug>`.' }) id: string,
    @Ctx() ctx: GraphContext,
  ) {
    return getProgramme(ctx, id);
  }
}
