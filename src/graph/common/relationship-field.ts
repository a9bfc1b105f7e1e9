import type { GraphQLResolveInfo } from 'graphql';
import { Args, type ClassType, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import type { NodeLabel, RelationshipType } from '../../model';
import { Direction } from './enums';
import { LIMITS, perItem } from '../../model';
import type { RelatedSpec } from './loaders';
import { RelatedArgs } from './page.args';
import { projectionFor } from './projection';
import type { NodeRecord, RelationshipRecord } from './records';
import { NodeRelationship, relationshipTo } from './relationship.type';

export interface RelationshipFieldSpec {
  /** The GraphQL field, e.g. `nominatedBy`. */
  field: string;
  description: string;
  types: RelationshipType[];
  direction: Direction;
  /** The kinds at the other end; one kind gives a typed `node`, several give `Node`. */
  labels: NodeLabel[];
  /** The GraphQL type of the other end when `labels` has one kind. */
  target?: ClassType;
}

/**
 * Declares a typed relationship field (e.g. `Municipality.nominatedBy`) as a small resolver class:
 * every such field is one line of data in its kind's `*.fields.ts`, and all of them resolve
 * through the same batched loader, one round trip per field per request level.
 */
export function relationshipField(parent: ClassType, spec: RelationshipFieldSpec): ClassType {
  const returnType = spec.target ? relationshipTo(spec.target) : NodeRelationship;
  const related: RelatedSpec = { types: spec.types, direction: spec.direction, labels: spec.labels };

  // type-graphql binds a field resolver to the field of the same method name, so the method is
  // named after the field and decorated here, by hand, with explicit types.
  class TypedRelationshipResolver {}
  const method = spec.field;
  const prototype = TypedRelationshipResolver.prototype as unknown as Record<string, unknown>;
  prototype[method] = function resolve(
    node: NodeRecord,
    { first }: RelatedArgs,
    { loaders }: GraphContext,
    info: GraphQLResolveInfo,
  ): RelationshipRecord[] | Promise<RelationshipRecord[]> {
    // Under a compiled read the relationships are in the record already; elsewhere (a node met on
    // a walk, in a search or an analysis) they are batched through the per-request loader.
    const compiled = node._?.[info.path.key] as RelationshipRecord[] | undefined;
    if (compiled) return compiled;
    const projection = projectionFor(info, { nodes: [['node']], edges: [[]] });
    return loaders.related(related, first, undefined, projection).load(node.id);
  };
  Reflect.defineMetadata('design:paramtypes', [Object, RelatedArgs, Object, Object], prototype, method);
  Root()(prototype, method, 0);
  Args(() => RelatedArgs)(prototype, method, 1);
  Ctx()(prototype, method, 2);
  Info()(prototype, method, 3);
  FieldResolver(() => [returnType], {
    description: spec.description,
    complexity: perItem(LIMITS.defaultRelatedSize),
  })(prototype, method, Object.getOwnPropertyDescriptor(prototype, method)!);
  Resolver(() => parent)(TypedRelationshipResolver);
  Object.defineProperty(TypedRelationshipResolver, 'name', {
    value: `${parent.name}_${spec.field}_Resolver`,
  });
  return TypedRelationshipResolver;
}
