import { IsOptional, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { NameOrder } from '../common/enums';
import { PageArgs } from '../common/page.args';

@InputType({ description: 'Narrows the list of municipalities; all given conditions must hold.' })
export class MunicipalityFilter {
  @Field(() => String, { nullable: true, description: 'Name contains this text (case-insensitive).' })
  @IsOptional()
  @MaxLength(200)
  nameContains?: string | null;

  @Field(() => Int, { nullable: true, description: 'Received the award of this year.' })
  @IsOptional()
  @Min(1900)
  @Max(2100)
  awardYear?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Has a programme concerning this theme id, e.g. `theme:jeugdhulp`.',
  })
  @IsOptional()
  @Matches(/^theme:[a-z0-9-]+$/, { message: 'theme must be a theme id such as theme:jeugdhulp' })
  theme?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Is a member of this region id, e.g. `region:midden-limburg`.',
  })
  @IsOptional()
  @Matches(/^region:[a-z0-9-]+$/, { message: 'region must be a region id such as region:midden-limburg' })
  region?: string | null;
}

@ArgsType()
export class MunicipalityListArgs extends PageArgs {
  @Field(() => MunicipalityFilter, {
    nullable: true,
    description: 'Only municipalities that meet these conditions.',
  })
  @IsOptional()
  @ValidateNested()
  filter?: MunicipalityFilter | null;

  @Field(() => NameOrder, { defaultValue: NameOrder.NAME_ASC, description: 'The order of the list.' })
  orderBy: NameOrder = NameOrder.NAME_ASC;
}
