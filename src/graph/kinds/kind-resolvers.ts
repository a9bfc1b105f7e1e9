import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, type ClassType, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import { KINDS, LIMITS, perItem } from '../../model';
import { readById, readList, type ListArgs } from '../compile/read';
import type { GraphContext } from '../context';
import { relationshipField } from '../common/relationship-field';
import type { KindApi } from './kind-api';

/**
 * A kind's root fields (`municipalities`, `municipality(id)`) and typed relationship fields, made
 * from its model (src/model/kinds) and its GraphQL classes: every kind is served the same way, by
 * one compiled statement per root field.
 */
export function kindResolvers(api: KindApi, typeOf: (label: KindApi['label']) => ClassType): ClassType[] {
  const spec = KINDS[api.label];

  class KindQueries {}
  const prototype = KindQueries.prototype as unknown as Record<string, unknown>;

  prototype[spec.listField] = function list(args: ListArgs, ctx: GraphContext, info: GraphQLResolveInfo) {
    return readList(ctx, info, api.label, args);
  };
  Reflect.defineMetadata('design:paramtypes', [api.listArgs, Object, Object], prototype, spec.listField);
  Args(() => api.listArgs)(prototype, spec.listField, 0);
  Ctx()(prototype, spec.listField, 1);
  Info()(prototype, spec.listField, 2);
  Query(() => api.connection, {
    description: api.listDescription,
    complexity: perItem(LIMITS.defaultPageSize),
  })(prototype, spec.listField, Object.getOwnPropertyDescriptor(prototype, spec.listField)!);

  prototype[spec.byIdField] = function byId(id: string, ctx: GraphContext, info: GraphQLResolveInfo) {
    return readById(ctx, info, id, api.label);
  };
  Reflect.defineMetadata('design:paramtypes', [String, Object, Object], prototype, spec.byIdField);
  Arg('id', () => ID, { description: api.idDescription })(prototype, spec.byIdField, 0);
  Ctx()(prototype, spec.byIdField, 1);
  Info()(prototype, spec.byIdField, 2);
  Query(() => api.type, { description: api.byIdDescription })(
    prototype,
    spec.byIdField,
    Object.getOwnPropertyDescriptor(prototype, spec.byIdField)!,
  );
  Resolver(() => api.type)(KindQueries);
  Object.defineProperty(KindQueries, 'name', { value: `${api.label}Queries` });

  const fields = spec.relationships.map((field) =>
    relationshipField(api.type, {
      ...field,
      labels: field.to,
      target: field.to.length === 1 ? typeOf(field.to[0]) : undefined,
    }),
  );
  return [KindQueries, ...fields];
}
