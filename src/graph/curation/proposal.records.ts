import type { NodeLabel, RelationshipType } from '../../model';
import type { ProposalKind } from '../../intake';
import type { Proposal, ProposalStatus } from './proposal.type';

type Raw = Record<string, unknown>;

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** A :Proposal node's properties (flat, as intake stored them) as the GraphQL `Proposal`. */
export function toProposal(raw: Raw): Proposal {
  return {
    id: raw.id as string,
    document: raw.document as string,
    status: raw.status as ProposalStatus,
    kind: raw.kind as ProposalKind,
    relationshipType: (raw.relationshipType as RelationshipType | null) ?? null,
    from: {
      nodeId: text(raw.fromNode),
      name: text(raw.fromName),
      kind: raw.fromKind as NodeLabel,
      proposedId: text(raw.fromProposedId),
    },
    to: {
      nodeId: text(raw.toNode),
      name: text(raw.toName),
      kind: raw.toKind as NodeLabel,
      proposedId: text(raw.toProposedId),
    },
    candidates: (raw.candidates as string[] | null) ?? [],
    properties: text(raw.properties),
    excerpt: raw.excerpt as string,
    start: Number(raw.start),
    end: Number(raw.end),
    matchStart: Number(raw.matchStart),
    matchEnd: Number(raw.matchEnd),
    rule: raw.rule as string,
    confidence: Number(raw.confidence),
    corroborates: text(raw.corroborates),
    result: text(raw.result),
    reason: text(raw.reason),
    decidedBy: text(raw.decidedBy),
  };
}

/** The extra values a proposal carries (a title, a year, a quote's text), parsed. */
export function proposalValues(proposal: Proposal): Record<string, string | number> {
  if (!proposal.properties) return {};
  return JSON.parse(proposal.properties) as Record<string, string | number>;
}
