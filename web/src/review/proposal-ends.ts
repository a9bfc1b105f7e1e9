import type { ProposalEndFieldsFragment, ProposalFieldsFragment } from '../generated/graphql';

/** How an end of a proposal reads: the node's name, else the candidate's, else its id. */
export const endName = (end: ProposalEndFieldsFragment): string =>
  end.node?.name ?? end.name ?? end.proposedId ?? '?';

/** The id an end has, or gets when its candidate is accepted. */
export const endId = (end: ProposalEndFieldsFragment): string | null => end.node?.id ?? end.proposedId;

/**
 * The nodes an accepted proposal wrote or cited, besides the document itself: the new node, the
 * node a mention names, or both ends of a relationship (its `result` is the relationship's key,
 * `from|TYPE|to`).
 */
export function acceptedNodes(proposal: ProposalFieldsFragment): { id: string; name: string }[] {
  const result = proposal.result ?? endId(proposal.to) ?? '';
  const parts = result.split('|');
  const ids = parts.length === 3 ? [parts[0]!, parts[2]!] : [result];
  const named = new Map<string, string>();
  for (const end of [proposal.from, proposal.to]) {
    const id = endId(end);
    if (id !== null) named.set(id, endName(end));
  }
  // A mention or a new node starts at the document: the page is about that one already.
  const document = proposal.kind === 'RELATIONSHIP' ? null : (proposal.from.node?.id ?? null);
  return [...new Set(ids)]
    .filter((id) => id !== '' && id !== document)
    .map((id) => ({ id, name: named.get(id) ?? id }));
}
