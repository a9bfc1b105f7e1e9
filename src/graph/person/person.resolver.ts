import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../context';
import { LIMITS, perItem } from '../../model';
import { PersonListArgs } from './person.input';
import { getPerson, listPeople } from './person.queries';
import { Person, PersonConnection } from './person.type';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => PersonConnection, {
    description: 'People named in the documents, page by page, filtered and ordered by name.',
    complexity: perItem(LIMITS.defaultPageSize),
  })
  people(@Args() args: PersonListArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return listPeople(ctx, args, info);
  }

  @Query(() => Person, {
    description: 'One person by id, e.g. `person:mieke-pirson`. NOT_FOUND if there is none.',
  })
  person(
    @Arg('id', () => ID, { description: 'The person id, `person:<slug>`.' }) id: string,
    @Ctx() ctx: GraphContext,
  ) {
    return getPerson(ctx, id);
  }
}
