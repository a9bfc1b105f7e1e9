import { useClient } from '@urql/preact';
import type { CombinedError } from '@urql/core';
import { useExplorer } from '../context';
import { errorMessage } from '../errors';
import {
  AcceptProposalDocument,
  AcceptProposalsDocument,
  type ProposalEdits,
  type ProposalFieldsFragment,
  RejectProposalDocument,
} from '../generated/graphql';

/** A decision's outcome: null when done, else the service's message. */
export type Outcome = string | null;

export interface RuleOutcome {
  accepted: number;
  skipped: { id: string; message: string }[];
}

export interface Decisions {
  accept(id: string, edits?: ProposalEdits): Promise<Outcome>;
  reject(id: string, reason: string): Promise<Outcome>;
  acceptRule(rule: string): Promise<RuleOutcome | string>;
}

/**
 * The editor's decisions on proposals, as the service's mutations. After each one that changed
 * something the explorer forgets its cached answers (`graphChanged`), so the proposals, the node
 * panels and the overview are read again as the graph now is.
 */
export function useDecisions(
  document: string,
  onAccepted: (facts: ProposalFieldsFragment[]) => void,
): Decisions {
  const client = useClient();
  const { graphChanged } = useExplorer();
  const failed = (error: CombinedError | undefined) => (error ? errorMessage(error) : 'no answer');

  return {
    async accept(id, edits) {
      const result = await client.mutation(AcceptProposalDocument, { id, edits }).toPromise();
      const accepted = result.data?.acceptProposal;
      if (!accepted) return failed(result.error);
      onAccepted([accepted]);
      graphChanged();
      return null;
    },
    async reject(id, reason) {
      const result = await client.mutation(RejectProposalDocument, { id, reason }).toPromise();
      if (!result.data) return failed(result.error);
      graphChanged();
      return null;
    },
    async acceptRule(rule) {
      const result = await client.mutation(AcceptProposalsDocument, { document, rule }).toPromise();
      const outcome = result.data?.acceptProposals;
      if (!outcome) return failed(result.error);
      onAccepted(outcome.accepted);
      if (outcome.accepted.length > 0) graphChanged();
      return { accepted: outcome.accepted.length, skipped: outcome.skipped };
    },
  };
}
