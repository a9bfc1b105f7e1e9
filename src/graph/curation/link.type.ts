import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Evidence } from '../types/evidence.type';
import { Node } from '../types/node.interface';
import { RelationshipType } from '../../model';

@ObjectType({
  description: 'A relationship `link` created: its key, type, both ends, properties and evidence.',
})
export class LinkResult {
  @Field(() => ID, {
    description: 'The stable key of the relationship (`from|TYPE|to[|discriminator]`); pass it to `unlink`.',
  })
  key!: string;

  @Field(() => RelationshipType, { description: 'The relationship type.' })
  type!: RelationshipType;

  @Field(() => Node, { description: 'The node it starts at.' })
  from!: Node;

  @Field(() => Node, { description: 'The node it ends at.' })
  to!: Node;

  @Field(() => Int, { nullable: true, description: 'RECEIVED: the year of the award.' })
  year!: number | null;

  @Field(() => String, { nullable: true, description: 'HOLDS_ROLE: the title.' })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'PARTNERS_WITH: the setting.' })
  context!: string | null;

  @Field({ description: 'True when every piece of its evidence is restricted.' })
  restricted!: boolean;

  @Field(() => [Evidence], { description: 'Where the documents state it, verbatim.' })
  evidence!: Evidence[];
}
