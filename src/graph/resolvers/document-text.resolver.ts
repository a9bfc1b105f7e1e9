import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Document } from '../kinds/document';
import { selected } from './node.resolver';
import type { NodeRecord } from '../records/records';

/** A document's texts, as the compiled read returned them (`documentText`, only when selected). */
@Resolver(() => Document)
export class DocumentTextResolver {
  @FieldResolver(() => String, {
    description:
      'The full text, verbatim, without its restricted part (an editors\' note "niet voor publicatie"), ' +
      'for every viewer: researchers and editors read that part in `restrictedText`.',
  })
  text(@Root() document: NodeRecord): string {
    return selected(document.documentText, `text of ${document.id}`).text;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The restricted part of the text (researchers and editors only; null for everyone else).',
  })
  restrictedText(@Root() document: NodeRecord): string | null {
    return selected(document.documentText, `text of ${document.id}`).restrictedText;
  }
}
