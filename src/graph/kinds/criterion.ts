import { IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, ObjectType } from 'type-graphql';
import { NodeLabel } from '../../model';
import { connectionOf } from '../types/connection.type';
import { NameOrder } from '../types/enums';
import { Node } from '../types/node.interface';
import { PageArgs } from '../types/page.args';
import type { KindApi } from './kind-api';

@ObjectType({
  implements: Node,
  description: 'A selection criterion of the award, e.g. "preventie en presentie".',
})
export class Criterion extends Node {
  @Field({ description: 'The criterion, verbatim from the documents.' })
  text!: string;
}

export const CriterionConnection = connectionOf(Criterion);

@InputType({ description: 'Narrows the list of criteria; all given conditions must hold.' })
export class CriterionFilter {
  @Field(() => String, {
    nullable: true,
    description: "The criterion's verbatim text contains this (case-insensitive).",
  })
  @IsOptional()
  @MaxLength(200)
  textContains?: string | null;
}

@ArgsType()
export class CriterionListArgs extends PageArgs {
  @Field(() => CriterionFilter, { nullable: true, description: 'Conditions the criteria must meet.' })
  @IsOptional()
  @ValidateNested()
  filter?: CriterionFilter | null;

  @Field(() => NameOrder, { defaultValue: NameOrder.NAME_ASC, description: 'Order by name, ties by id.' })
  orderBy: NameOrder = NameOrder.NAME_ASC;
}

/** The GraphQL side of the criterion kind (its model is src/model/kinds). */
export const criterionApi: KindApi = {
  label: NodeLabel.Criterion,
  type: Criterion,
  connection: CriterionConnection,
  listArgs: CriterionListArgs,
  listDescription: 'Selection criteria of the award, page by page, filtered and ordered by name.',
  byIdDescription:
    'One criterion by id, e.g. `criterion:preventie-en-presentie`. NOT_FOUND if there is none.',
  idDescription: 'The criterion id, `criterion:<slug>`.',
};
