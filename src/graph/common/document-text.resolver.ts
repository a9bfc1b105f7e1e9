import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import { Document } from '../kinds/document';
import type { NodeRecord } from './records';

/** A document's texts: from a compiled read's record, or (under a walk or search) loaded on demand. */
@Resolver(() => Document)
export class DocumentTextResolver {
  @FieldResolver(() => String, {
    description:
      'The full text, verbatim. An editors\' note "niet voor publicatie" is left out for the public.',
  })
  async text(@Root() document: NodeRecord, @Ctx() { loaders }: GraphContext): Promise<string> {
    if (document.documentText) return document.documentText.text;
    return (await loaders.documentText.load(document.id))?.text ?? '';
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The restricted part of the text (researchers and editors only; null for everyone else).',
  })
  async restrictedText(
    @Root() document: NodeRecord,
    @Ctx() { loaders }: GraphContext,
  ): Promise<string | null> {
    if (document.documentText) return document.documentText.restrictedText;
    return (await loaders.documentText.load(document.id))?.restrictedText ?? null;
  }
}
