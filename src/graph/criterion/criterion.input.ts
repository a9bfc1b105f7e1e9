import { IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';
import { NameOrder } from '../common/enums';
import { PageArgs } from '../common/page.args';

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
