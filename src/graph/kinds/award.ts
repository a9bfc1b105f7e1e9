import { IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, Int, ObjectType } from 'type-graphql';
import { NodeLabel } from '../../model';
import { connectionOf } from '../types/connection.type';
import { NameOrder } from '../types/enums';
import { Node } from '../types/node.interface';
import { PageArgs } from '../types/page.args';
import type { KindApi } from './kind-api';

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

@InputType({ description: 'Narrows the list of award editions; all given conditions must hold.' })
export class AwardFilter {
  @Field(() => Int, { nullable: true, description: 'The edition of this year, e.g. 2017.' })
  @IsOptional()
  @Min(1900)
  @Max(2100)
  year?: number | null;
}

@ArgsType()
export class AwardListArgs extends PageArgs {
  @Field(() => AwardFilter, { nullable: true, description: 'Conditions the editions must meet.' })
  @IsOptional()
  @ValidateNested()
  filter?: AwardFilter | null;

  @Field(() => NameOrder, { defaultValue: NameOrder.NAME_ASC, description: 'Order by name, ties by id.' })
  orderBy: NameOrder = NameOrder.NAME_ASC;
}

/** The GraphQL side of the award kind (its model is src/model/kinds). */
export const awardApi: KindApi = {
  label: NodeLabel.Award,
  type: Award,
  connection: AwardConnection,
  listArgs: AwardListArgs,
  listDescription:
    'Editions of the Gouden Sociale Gemeenten award, page by page, filtered and ordered by name.',
  byIdDescription:
    'One award edition by id, e.g. `award:gouden-sociale-gemeenten-2017`. NOT_FOUND if there is none.',
  idDescription: 'The award id, `award:<slug>`.',
};
