import { IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { NameOrder } from '../common/enums';
import { PageArgs } from '../common/page.args';

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
