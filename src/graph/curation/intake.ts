import type { NamedTransaction } from '../../db/database';
import { ErrorCode, appError } from '../../db/errors';
import { type NodeLabel, RELATIONSHIPS, RelationshipType, relationshipKey } from '../../model';
import { type KnownNode, type ProposedFact, ProposalKind, proposeFacts } from '../../intake';

/**
 * The text intake reads, and that proposals' offsets index: the stored public text, then the
 * restricted part after a blank line (editors review both; a fact from the restricted part is
 * restricted evidence when accepted, as the curation rule places it).
 */
export function intakeText(text: string | null, restrictedText: string | null): string {
  const parts = [text ?? '', restrictedText ?? ''].filter((part) => part !== '');
  return parts.join('\n\n');
}

/** The key a relationship proposal would have, when both its ends are nodes of the graph. */
export function proposedKey(
  fact: Pick<ProposedFact, 'relationshipType' | 'from' | 'to' | 'properties'>,
): string | null {
  const type = fact.relationshipType;
  if (!type || type === RelationshipType.MENTIONS || !fact.from.node || !fact.to.node) return null;
  const discriminator = RELATIONSHIPS[type].discriminator;
  return relationshipKey(type, fact.from.node, fact.to.node, discriminator && fact.properties[discriminator]);
}

/** A proposal as stored on its :Proposal node (flat: Neo4j properties hold no maps). */
function storedRow(fact: ProposedFact, corroborates: string | null): Record<string, unknown> {
  return {
    id: fact.id,
    kind: fact.kind,
    relationshipType: fact.relationshipType,
    fromNode: fact.from.node,
    fromName: fact.from.name,
    fromKind: fact.from.kind,
    fromProposedId: fact.from.proposedId,
    toNode: fact.to.node,
    toName: fact.to.name,
    toKind: fact.to.kind,
    toProposedId: fact.to.proposedId,
    candidates: fact.candidates,
    properties: Object.keys(fact.properties).length ? JSON.stringify(fact.properties) : null,
    excerpt: fact.excerpt,
    start: fact.start,
    end: fact.end,
    matchStart: fact.matchStart,
    matchEnd: fact.matchEnd,
    rule: fact.rule,
    confidence: fact.confidence,
    corroborates,
  };
}

/** What one run of intake did. */
export interface IntakeRun {
  created: number;
  superseded: number;
  proposed: number;
}

/**
 * Reads a document against the graph as it is and stores what it proposes, in the caller's
 * transaction. Proposal ids are stable, so a second run on an unchanged graph writes nothing; the
 * pending proposals a changed graph no longer yields are superseded.
 */
export async function runIntake(tx: NamedTransaction, actor: string, document: string): Promise<IntakeRun> {
  const [stored] = await tx.run('intake/document-text', { id: document });
  if (!stored) {
    throw appError(ErrorCode.NOT_FOUND, `No document with id "${document}"`, { argumentName: 'document' });
  }
  const text = intakeText(stored.text as string | null, stored.restrictedText as string | null);
  const nodes: KnownNode[] = (await tx.run('intake/known-nodes', {})).map((row) => ({
    id: row.id as string,
    kind: row.kind as NodeLabel,
    name: row.name as string,
    aliases: (row.aliases as string[] | null) ?? [],
  }));
  // Corroboration is looked up by key afterwards: reading every relationship of the graph to
  // compare would cost far more than asking for the few keys proposed.
  const facts = proposeFacts(document, text, { nodes, relationships: [] });
  const keys = new Map(facts.map((fact) => [fact.id, proposedKey(fact)]));
  const rows = [...new Set([...keys.values()].filter((key): key is string => key !== null))].map((key) => ({
    key,
    type: key.split('|')[1],
  }));
  const existing = new Set(
    rows.length ? (await tx.run('intake/existing-keys', { rows })).map((row) => row.key as string) : [],
  );
  const known = new Set((await tx.run('intake/proposal-ids', { document })).map((row) => row.id as string));
  const fresh = facts.filter((fact) => !known.has(fact.id));
  const corroborated = (fact: ProposedFact) => {
    const key = fact.kind === ProposalKind.RELATIONSHIP ? keys.get(fact.id) : null;
    return key && existing.has(key) ? key : fact.corroborates;
  };
  const [created] = fresh.length
    ? await tx.run('intake/create-proposals', {
        document,
        actor,
        rows: fresh.map((fact) => storedRow(fact, corroborated(fact))),
      })
    : [{ created: 0 }];
  const [superseded] = await tx.run('intake/supersede-proposals', {
    document,
    ids: facts.map((fact) => fact.id),
  });
  return {
    created: Number(created?.created ?? 0),
    superseded: Number(superseded?.superseded ?? 0),
    proposed: facts.length,
  };
}
