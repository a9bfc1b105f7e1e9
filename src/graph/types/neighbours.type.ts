import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from './node.interface';
import { PAGE_INFO_FIELD, PageInfo } from './page-info.type';
import { RelationshipFields } from './relationship.type';

@ObjectType({
  simpleResolvers: true,
  implements: RelationshipFields,
  description: 'A neighbour: the relationship, its evidence, and the node at its other end.',
})
export class NeighbourEdge extends RelationshipFields {
  @Field({ description: 'Pass as `after` to continue after this neighbour.' })
  cursor!: string;

  @Field(() => Node, { description: 'The node at the other end.' })
  node!: Node;
}

@ObjectType({ simpleResolvers: true, description: 'A page of neighbours of one node.' })
export class NeighbourConnection {
  @Field(() => [NeighbourEdge], {
    description: 'The neighbours of this page, in order, each with its cursor.',
  })
  edges!: NeighbourEdge[];

  @Field(() => PageInfo, { description: PAGE_INFO_FIELD })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many neighbours match, over all pages.' })
  totalCount!: number;
}
