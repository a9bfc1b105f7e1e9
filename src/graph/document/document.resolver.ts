import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import { LIMITS, perItem } from '../../model';
import type { NodeRecord } from '../common/records';
import { DocumentListArgs } from './document.input';
import { getDocument, listDocuments } from './document.queries';
import { Document, DocumentConnection } from './document.type';

@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => DocumentConnection, {
    description:
      'The source documents, page by page, filtered and ordered by name (the title). Select `text` ' +
      'only where you need it: it is fetched on demand.',
    complexity: perItem(LIMITS.defaultPageSize),
  })
  documents(@Args() args: DocumentListArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return listDocuments(ctx, args, info);
  }

  @Query(() => Document, {
    description:
      'One source document by id, e.g. `document:003-addecf477dab56b0`. NOT_FOUND if there is none.',
  })
  document(
    @Arg('id', () => ID, { description: 'The document id, `document:<file stem>`.' }) id: string,
    @Ctx() ctx: GraphContext,
  ) {
    return getDocument(ctx, id);
  }
}

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
