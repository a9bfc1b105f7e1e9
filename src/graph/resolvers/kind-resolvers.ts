import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, type ClassType, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import { KINDS, LIMITS, perItem } from '../../model';
import { readById, readList, type ListArgs } from '../compile/read';
import type { GraphContext } from '../compile/context';
import { relationshipField } from './relationship-field';
import type { KindApi } from '../kinds/kind-api';

/**
 * A kind's root fields (`municipalities`, `municipality(id)`) and typed relationship fields, made
 * from its model (src/model/kinds) and its GraphQL classes: every kind is served the same way, by
 * one compiled statement per root field. The methods are named for what they do; type-graphql's
 * `name` option gives each its field name from the model.
 */
export function kindResolvers(api: KindApi, typeOf: (label: KindApi['label']) => ClassType): ClassType[] {
  const spec = KINDS[api.label];

  @Resolver(() => api.type)
  class KindQueries {
    @Query(() => api.connection, {
      name: spec.listField,
      description: api.listDescription,
      complexity: perItem(LIMITS.defaultPageSize),
    })
    list(
      @Args(() => api.listArgs) args: ListArgs,
      @Ctx() ctx: GraphContext,
      @Info() info: GraphQLResolveInfo,
    ) {
      return readList(ctx, info, api.label, args);
    }

    @Query(() => api.type, { name: spec.byIdField, description: api.byIdDescription })
    byId(
      @Arg('id', () => ID, { description: api.idDescription }) id: string,
      @Ctx() ctx: GraphContext,
      @Info() info: GraphQLResolveInfo,
    ) {
      return readById(ctx, info, id, api.label);
    }
  }
  Object.defineProperty(KindQueries, 'name', { value: `${api.label}Queries` });

  const fields = spec.relationships.map((field) =>
    relationshipField(api.type, field, field.to.length === 1 ? typeOf(field.to[0]) : undefined),
  );
  return [KindQueries, ...fields];
}
