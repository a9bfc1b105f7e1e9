import { ArrayMaxSize, IsOptional } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { NodeLabel, RelationshipType } from '../../model';
import { Direction } from './enums';
import { PageArgs } from './page.args';

@ArgsType()
export class NeighbourArgs extends PageArgs {
  @Field(() => [RelationshipType], {
    nullable: true,
    description: 'Follow only these relationship types (default: all).',
  })
  @IsOptional()
  @ArrayMaxSize(Object.values(RelationshipType).length)
  types?: RelationshipType[] | null;

  @Field(() => Direction, { defaultValue: Direction.BOTH, description: 'Which way to follow them.' })
  direction: Direction = Direction.BOTH;

  @Field(() => [NodeLabel], { nullable: true, description: 'Only neighbours of these kinds (default: all).' })
  @IsOptional()
  @ArrayMaxSize(Object.values(NodeLabel).length)
  kinds?: NodeLabel[] | null;
}
