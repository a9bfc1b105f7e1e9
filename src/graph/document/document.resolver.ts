import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../../server/context';
import type { NodeRecord } from '../common/records';
import { Document } from './document.type';

@Resolver(() => Document)
export class DocumentTextResolver {
  @FieldResolver(() => String, {
    description:
      'The full text, verbatim. An editors\' note "niet voor publicatie" is left out for the public.',
  })
  async text(@Root() document: NodeRecord, @Ctx() { loaders }: GraphContext): Promise<string> {
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
    return (await loaders.documentText.load(document.id))?.restrictedText ?? null;
  }
}
