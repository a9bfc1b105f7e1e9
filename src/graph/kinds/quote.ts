import { IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, ObjectType } from 'type-graphql';
import { NodeLabel } from '../../model';
import { connectionOf } from '../types/connection.type';
import { NameOrder } from '../types/enums';
import { Node } from '../types/node.interface';
import { PageArgs } from '../types/page.args';
import { IsNodeId } from '../types/validators';
import type { KindApi } from './kind-api';

@ObjectType({
  implements: Node,
  description: 'A verbatim utterance; one node even when several documents carry it (see `documents`).',
})
export class Quote extends Node {
  @Field({ description: 'The words, verbatim.' })
  text!: string;

  @Field({ description: 'Language code, e.g. nl.' })
  language!: string;
}

export const QuoteConnection = connectionOf(Quote);

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
  @IsNodeId(NodeLabel.Theme)
  theme?: string | null;

  @Field(() => String, { nullable: true, description: 'Said by this person id, e.g. `person:mieke-pirson`.' })
  @IsOptional()
  @IsNodeId(NodeLabel.Person)
  speaker?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Carried by this document id, e.g. `document:001-358c8b65ae7369f4`.',
  })
  @IsOptional()
  @IsNodeId(NodeLabel.Document)
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

/** The GraphQL side of the quote kind (its model is src/model/kinds). */
export const quoteApi: KindApi = {
  label: NodeLabel.Quote,
  type: Quote,
  connection: QuoteConnection,
  listArgs: QuoteListArgs,
  listDescription: 'Verbatim quotes, page by page, filtered and ordered by name (their opening words).',
  byIdDescription:
    'One quote by id, e.g. `quote:mieke-pirson-met-name-de-jeugdhulp`. NOT_FOUND if there is none.',
  idDescription: 'The quote id, `quote:<slug>`.',
};
