import { Field, Int, ObjectType } from 'type-graphql';
import { connectionOf } from '../common/connection.type';
import { Node } from '../common/node.interface';

@ObjectType({
  implements: Node,
  description: 'One edition of the Gouden Sociale Gemeenten award.',
})
export class Award extends Node {
  @Field(() => Int, { description: 'The year of the edition.' })
  year!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'How many winners the documents say it had, even where they do not name them (2015: 10).',
  })
  winnerCount!: number | null;
}

export const AwardConnection = connectionOf(Award);
