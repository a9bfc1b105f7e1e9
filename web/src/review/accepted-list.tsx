import { useExplorer } from '../context';
import type { ProposalFieldsFragment } from '../generated/graphql';
import { routeUrl } from '../route';
import { KindMarker } from './highlighted-text';
import { acceptedNodes, endName } from './proposal-ends';

/**
 * What was accepted on this page, newest first, each with links to its node(s): the node view reads
 * the graph live, so the new fact is there with this document as its citation.
 */
export function AcceptedList({ accepted }: { accepted: readonly ProposalFieldsFragment[] }) {
  const { t, focusNode } = useExplorer();
  return (
    <section class="accepted" aria-labelledby="accepted-heading">
      <h3 id="accepted-heading">{t('acceptedTitle')}</h3>
      {accepted.length === 0 && <p class="hint">{t('acceptedNone')}</p>}
      <ul>
        {accepted.map((proposal) => (
          <li key={proposal.id} data-proposal={proposal.id}>
            <KindMarker kind={proposal.kind} />{' '}
            {proposal.kind === 'RELATIONSHIP'
              ? `${endName(proposal.from)} → ${proposal.relationshipType ?? ''} → ${endName(proposal.to)}`
              : endName(proposal.to)}
            {': '}
            {acceptedNodes(proposal).map((node) => (
              <a
                key={node.id}
                class="node-link"
                href={routeUrl({ view: { name: 'node', id: node.id }, q: '' })}
                onClick={(event) => {
                  event.preventDefault();
                  focusNode(node.id);
                }}
              >
                {node.id}
              </a>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
