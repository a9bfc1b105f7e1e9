import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../compile/context';
import { Document } from '../kinds/document';
import { Evidence } from '../types/evidence.type';
import { selected } from './node.resolver';
import type { EvidenceRecord, NodeRecord, RelationshipRecord } from '../records/records';
import { EdgeFields } from '../types/relationship.type';

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Document, { description: 'The document the excerpt is from.' })
  async document(
    @Root() evidence: EvidenceRecord,
    @Ctx() { nodes }: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NodeRecord> {
    // A compiled read returns the document with the piece; the evidence an analysis carries names
    // it by id, and the node reader projects it (every such document of the response in one read).
    if (evidence.document) return evidence.document;
    const document = await nodes.load(info, evidence.documentId);
    // Evidence from a document the viewer may not see is left out before it gets here.
    if (!document) throw new Error(`Evidence names a missing document ${evidence.documentId}`);
    return document;
  }
}

/** Every relationship's evidence, wherever it is met (from one end, on a walk). */
@Resolver(() => EdgeFields)
export class EdgeEvidenceResolver {
  @FieldResolver(() => [Evidence], { description: 'Where the documents state this relationship, verbatim.' })
  evidence(@Root() edge: Pick<RelationshipRecord, 'key' | 'evidence'>): EvidenceRecord[] {
    return selected(edge.evidence, `evidence of ${edge.key}`);
  }
}
