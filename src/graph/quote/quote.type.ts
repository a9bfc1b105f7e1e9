import { Field, ObjectType } from 'type-graphql';
import { connectionOf } from '../common/connection.type';
import { Node } from '../common/node.interface';

@ObjectType({
  implements: Node,
  description: 'A verbatim utterance; one node even when several documents carry it (see `documents`).',
})
export class Quote extends Node {
  @Field({ description: 'The words, verbatim.' })
  text!: string;

  @Field({ description: 'Language code, e.g. nl.' })
  language!: string;
}

export const QuoteConnection = connectionOf(Quote);
