import { IsIn, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';
import { NameOrder } from '../common/enums';
import { PageArgs } from '../common/page.args';

/** The document kinds the seeds use (seeds/README.md). */
export const DOCUMENT_KINDS = ['news', 'press-release', 'web-page', 'article'] as const;

@InputType({ description: 'Narrows the list of documents; all given conditions must hold.' })
export class DocumentFilter {
  @Field(() => String, { nullable: true, description: 'Title contains this text (case-insensitive).' })
  @IsOptional()
  @MaxLength(200)
  titleContains?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `Is of this kind: ${DOCUMENT_KINDS.join(', ')}.`,
  })
  @IsOptional()
  @IsIn(DOCUMENT_KINDS, { message: `documentKind must be one of ${DOCUMENT_KINDS.join(', ')}` })
  documentKind?: string | null;
}

@ArgsType()
export class DocumentListArgs extends PageArgs {
  @Field(() => DocumentFilter, { nullable: true, description: 'Conditions the documents must meet.' })
  @IsOptional()
  @ValidateNested()
  filter?: DocumentFilter | null;

  @Field(() => NameOrder, {
    defaultValue: NameOrder.NAME_ASC,
    description: 'Order by name (the title), ties by id.',
  })
  orderBy: NameOrder = NameOrder.NAME_ASC;
}
