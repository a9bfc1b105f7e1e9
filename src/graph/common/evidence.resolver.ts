import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import { Document } from '../kinds/document';
import { Evidence } from './evidence.type';
import { projectionFor } from './projection';
import type { EvidenceRecord, NodeRecord, RelationshipRecord } from './records';
import { EdgeFields } from './relationship.type';

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Document, { description: 'The document the excerpt is from.' })
  async document(
    @Root() evidence: EvidenceRecord,
    @Ctx() { loaders }: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NodeRecord> {
    if (evidence.document) return evidence.document;
    const document = await loaders.nodes(projectionFor(info, { nodes: [[]] })).load(evidence.documentId);
    // Evidence from a document the viewer may not see is filtered out before it gets here.
    if (!document) throw new Error(`Evidence names a missing document ${evidence.documentId}`);
    return document;
  }
}

/** Every relationship's evidence, wherever it is met (from one end, on a walk). */
@Resolver(() => EdgeFields)
export class EdgeEvidenceResolver {
  @FieldResolver(() => [Evidence], { description: 'Where the documents state this relationship, verbatim.' })
  async evidence(
    @Root() edge: Pick<RelationshipRecord, 'key' | 'evidence'>,
    @Ctx() { loaders }: GraphContext,
  ): Promise<EvidenceRecord[]> {
    if (edge.evidence) return edge.evidence;
    // The read that produced this relationship left its evidence out (see Projection): fetch it now.
    const evidence = await loaders.relationshipEvidence.load(edge.key);
    if (!evidence) throw new Error(`No evidence for relationship ${edge.key}`);
    return evidence;
  }
}
