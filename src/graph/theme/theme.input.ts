import { IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';
import { NameOrder } from '../common/enums';
import { PageArgs } from '../common/page.args';

@InputType({ description: 'Narrows the list of themes; all given conditions must hold.' })
export class ThemeFilter {
  @Field(() => String, { nullable: true, description: 'Name contains this text (case-insensitive).' })
  @IsOptional()
  @MaxLength(200)
  nameContains?: string | null;
}

@ArgsType()
export class ThemeListArgs extends PageArgs {
  @Field(() => ThemeFilter, { nullable: true, description: 'Conditions the themes must meet.' })
  @IsOptional()
  @ValidateNested()
  filter?: ThemeFilter | null;

  @Field(() => NameOrder, { defaultValue: NameOrder.NAME_ASC, description: 'Order by name, ties by id.' })
  orderBy: NameOrder = NameOrder.NAME_ASC;
}
