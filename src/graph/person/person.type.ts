import { Field, ObjectType } from 'type-graphql';
import { connectionOf } from '../common/connection.type';
import { Node } from '../common/node.interface';

@ObjectType({
  implements: Node,
  description: 'A named person, with roles at organisations or municipalities and the quotes they said.',
})
export class Person extends Node {
  @Field(() => String, {
    nullable: true,
    description: 'Telephone number, where a document gives one (press contacts; restricted).',
  })
  phone!: string | null;
}

export const PersonConnection = connectionOf(Person);
