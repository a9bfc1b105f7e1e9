import type { GraphQLResolveInfo } from 'graphql';
import { Args, type ClassType, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { LIMITS, type RelationshipFieldSpec, perItem } from '../../model';
import { compiledField } from './compiled-field';
import { RelatedArgs } from '../types/page.args';
import type { NodeRecord, RelationshipRecord } from '../records/records';
import { NodeRelationship, relationshipTo } from '../types/relationship.type';

/**
 * Declares a typed relationship field (e.g. `Municipality.nominatedBy`) as a small resolver class:
 * every such field is one line of data in its kind's model, and all of them resolve from the record
 * the compiled read returned (src/graph/compile): no round trip of their own. type-graphql's `name`
 * option gives the field its name; `target` is the GraphQL type of the other end when it is one kind; `first` is read by the compiler, declared here for the schema.
 */
export function relationshipField(
  parent: ClassType,
  spec: RelationshipFieldSpec,
  target: ClassType | undefined,
): ClassType {
  const returnType = target ? relationshipTo(target) : NodeRelationship;

  @Resolver(() => parent)
  class TypedRelationshipResolver {
    @FieldResolver(() => [returnType], {
      name: spec.field,
      description: spec.description,
      complexity: perItem(LIMITS.defaultRelatedSize),
    })
    related(
      @Root() node: NodeRecord,
      @Args(() => RelatedArgs) _args: RelatedArgs,
      @Info() info: GraphQLResolveInfo,
    ): RelationshipRecord[] {
      return compiledField<RelationshipRecord[]>(node, info);
    }
  }
  Object.defineProperty(TypedRelationshipResolver, 'name', {
    value: `${parent.name}_${spec.field}_Resolver`,
  });
  return TypedRelationshipResolver;
}
