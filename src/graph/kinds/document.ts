import { IsIn, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, ObjectType } from 'type-graphql';
import { DOCUMENT_KINDS, NodeLabel } from '../../model';
import { connectionOf } from '../types/connection.type';
import { NameOrder } from '../types/enums';
import { Node } from '../types/node.interface';
import { PageArgs } from '../types/page.args';
import type { KindApi } from './kind-api';

@ObjectType({
  implements: Node,
  description: 'A source document: its metadata and full text. Every fact in the graph cites one.',
})
export class Document extends Node {
  @Field({ description: 'The title, as the document gives it.' })
  title!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The file in seeds/documents (null for documents added by editors).',
  })
  file!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Publication date (ISO), when the document states it.',
  })
  publishedOn!: string | null;

  @Field({ description: 'Language code, e.g. nl.' })
  language!: string;

  @Field({ name: 'documentKind', description: 'news, press-release, web-page or article.' })
  kind!: string;

  /** Resolved on demand (DocumentResolver), so lists of documents stay light. */
  text!: string;
}

export const DocumentConnection = connectionOf(Document);

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

/** The GraphQL side of the document kind (its model is src/model/kinds). */
export const documentApi: KindApi = {
  label: NodeLabel.Document,
  type: Document,
  connection: DocumentConnection,
  listArgs: DocumentListArgs,
  listDescription:
    'The source documents, page by page, filtered and ordered by name (the title). Select `text` ' +
    'only where you need it: it is fetched on demand.',
  byIdDescription:
    'One source document by id, e.g. `document:003-addecf477dab56b0`. NOT_FOUND if there is none.',
  idDescription: 'The document id, `document:<file stem>`.',
};
