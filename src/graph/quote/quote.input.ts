import { IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';
import { NameOrder } from '../common/enums';
import { PageArgs } from '../common/page.args';

@InputType({ description: 'Narrows the list of quotes; all given conditions must hold.' })
export class QuoteFilter {
  @Field(() => String, {
    nullable: true,
    description: 'The verbatim words contain this text (case-insensitive).',
  })
  @IsOptional()
  @MaxLength(200)
  textContains?: string | null;

  @Field(() => String, { nullable: true, description: 'Concerns this theme id, e.g. `theme:jeugdhulp`.' })
  @IsOptional()
  @Matches(/^theme:[a-z0-9-]+$/, { message: 'theme must be a theme id such as theme:jeugdhulp' })
  theme?: string | null;

  @Field(() => String, { nullable: true, description: 'Said by this person id, e.g. `person:mieke-pirson`.' })
  @IsOptional()
  @Matches(/^person:[a-z0-9-]+$/, { message: 'speaker must be a person id such as person:mieke-pirson' })
  speaker?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Carried by this document id, e.g. `document:001-358c8b65ae7369f4`.',
  })
  @IsOptional()
  @Matches(/^document:[a-z0-9-]+$/, {
    message: 'document must be a document id such as document:001-358c8b65ae7369f4',
  })
  document?: string | null;
}

@ArgsType()
export class QuoteListArgs extends PageArgs {
  @Field(() => QuoteFilter, { nullable: true, description: 'Conditions the quotes must meet.' })
  @IsOptional()
  @ValidateNested()
  filter?: QuoteFilter | null;

  @Field(() => NameOrder, { defaultValue: NameOrder.NAME_ASC, description: 'Order by name, ties by id.' })
  orderBy: NameOrder = NameOrder.NAME_ASC;
}
