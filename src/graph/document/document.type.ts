import { Field, ObjectType } from 'type-graphql';
import { connectionOf } from '../common/connection.type';
import { Node } from '../common/node.interface';

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
