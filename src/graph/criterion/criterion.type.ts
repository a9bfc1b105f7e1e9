import { Field, ObjectType } from 'type-graphql';
import { connectionOf } from '../common/connection.type';
import { Node } from '../common/node.interface';

@ObjectType({
  implements: Node,
  description: 'A selection criterion of the award, e.g. "preventie en presentie".',
})
export class Criterion extends Node {
  @Field({ description: 'The criterion, verbatim from the documents.' })
  text!: string;
}

export const CriterionConnection = connectionOf(Criterion);
