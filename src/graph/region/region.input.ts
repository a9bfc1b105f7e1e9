import { IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { NameOrder } from '../common/enums';
import { PageArgs } from '../common/page.args';

@InputType({ description: 'Narrows the list of regions; all given conditions must hold.' })
export class RegionFilter {
  @Field(() => String, { nullable: true, description: 'Name contains this text (case-insensitive).' })
  @IsOptional()
  @MaxLength(200)
  nameContains?: string | null;

  @Field(() => Int, { nullable: true, description: 'Received the award of this year, e.g. 2017.' })
  @IsOptional()
  @Min(1900)
  @Max(2100)
  awardYear?: number | null;
}

@ArgsType()
export class RegionListArgs extends PageArgs {
  @Field(() => RegionFilter, { nullable: true, description: 'Conditions the regions must meet.' })
  @IsOptional()
  @ValidateNested()
  filter?: RegionFilter | null;

  @Field(() => NameOrder, { defaultValue: NameOrder.NAME_ASC, description: 'Order by name, ties by id.' })
  orderBy: NameOrder = NameOrder.NAME_ASC;
}
