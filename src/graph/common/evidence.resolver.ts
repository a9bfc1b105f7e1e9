import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../../server/context';
import { Document } from '../document/document.type';
import { Evidence } from './evidence.type';
import type { EvidenceRecord, NodeRecord } from './records';

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Document, { description: 'The document the excerpt is from.' })
  async document(@Root() evidence: EvidenceRecord, @Ctx() { loaders }: GraphContext): Promise<NodeRecord> {
    const document = await loaders.nodeById.load(evidence.documentId);
    // Evidence from a document the viewer may not see is filtered out before it gets here.
    if (!document) throw new Error(`Evidence names a missing document ${evidence.documentId}`);
    return document;
  }
}
