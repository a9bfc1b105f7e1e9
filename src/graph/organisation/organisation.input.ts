import { IsEnum, IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';
import { NameOrder } from '../common/enums';
import { PageArgs } from '../common/page.args';
import { OrganisationType } from '../../model';

@InputType({ description: 'Narrows the list of organisations; all given conditions must hold.' })
export class OrganisationFilter {
  @Field(() => String, { nullable: true, description: 'Name contains this text (case-insensitive).' })
  @IsOptional()
  @MaxLength(200)
  nameContains?: string | null;

  @Field(() => OrganisationType, { nullable: true, description: 'Is this kind of body, e.g. SOCIAL_WORK.' })
  @IsOptional()
  @IsEnum(OrganisationType)
  type?: OrganisationType | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Works in this municipality or region id (e.g. `municipality:delft`): is located in it, ' +
      'nominated it for the award, or partners with it.',
  })
  @IsOptional()
  @Matches(/^(municipality|region):[a-z0-9-]+$/, {
    message: 'municipality must be a municipality or region id such as municipality:delft',
  })
  municipality?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Runs a programme concerning this theme id, e.g. `theme:dementie`.',
  })
  @IsOptional()
  @Matches(/^theme:[a-z0-9-]+$/, { message: 'theme must be a theme id such as theme:jeugdhulp' })
  theme?: string | null;
}

@ArgsType()
export class OrganisationListArgs extends PageArgs {
  @Field(() => OrganisationFilter, { nullable: true, description: 'Conditions the organisations must meet.' })
  @IsOptional()
  @ValidateNested()
  filter?: OrganisationFilter | null;

  @Field(() => NameOrder, { defaultValue: NameOrder.NAME_ASC, description: 'Order by name, ties by id.' })
  orderBy: NameOrder = NameOrder.NAME_ASC;
}
