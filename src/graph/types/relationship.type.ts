import { type ClassType, Field, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import { RelationshipType } from '../../model';
import { Direction } from './enums';
import { Evidence } from './evidence.type';
import { Node } from './node.interface';

/** The fields every relationship shows, however it is met: from one end, on a walk, in an analysis. */
@InterfaceType('Edge', {
  description: 'A relationship of the graph with its key, type, properties and evidence.',
})
export abstract class EdgeFields {
  @Field(() => ID, {
    description: 'Stable key of the relationship: `from|TYPE|to[|year, title or context]`.',
  })
  key!: string;

  @Field(() => RelationshipType, { description: 'The relationship type.' })
  type!: RelationshipType;

  @Field(() => Int, { nullable: true, description: 'RECEIVED: the year of the award.' })
  year!: number | null;

  @Field(() => String, { nullable: true, description: 'HOLDS_ROLE: the title, e.g. "wethouder".' })
  title!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'PARTNERS_WITH: the setting, e.g. "Delft voor Elkaar".',
  })
  context!: string | null;

  @Field({ description: 'True when every source of this relationship is restricted.' })
  restricted!: boolean;

  @Field(() => [Evidence], { description: 'Where the documents state this relationship, verbatim.' })
  evidence!: Evidence[];
}

/** A relationship seen from one of its ends, so it has a direction. */
@InterfaceType('Relationship', {
  implements: EdgeFields,
  description: 'A relationship seen from one of its ends: its type, direction, properties and evidence.',
})
export abstract class RelationshipFields extends EdgeFields {
  @Field(() => Direction, { description: 'OUT: it starts at the node asking; IN: it ends there.' })
  direction!: Direction;
}

const cache = new Map<ClassType, ClassType>();

/**
 * `<Kind>Relationship`: a relationship seen from one end with the node at the other end typed as
 * `<Kind>`, so a client can select that kind's fields without fragments.
 */
export function relationshipTo<T extends object>(
  target: ClassType<T>,
  name = target.name,
): ClassType<RelationshipFields & { node: T }> {
  const existing = cache.get(target);
  if (existing) return existing as ClassType<RelationshipFields & { node: T }>;

  @ObjectType(`${name}Relationship`, {
    simpleResolvers: true,
    implements: RelationshipFields,
    description: `A relationship with evidence, and the ${name === 'Node' ? 'node' : name.toLowerCase()} at its other end.`,
  })
  class TypedRelationship extends RelationshipFields {
    @Field(() => target, { description: 'The node at the other end.' })
    node!: T;
  }
  cache.set(target, TypedRelationship);
  return TypedRelationship;
}

/** A relationship to a node of any kind. */
export const NodeRelationship = relationshipTo(Node as unknown as ClassType<Node>, 'Node');
