import { useExplorer } from '../context';
import type { ProposalEdits, ProposalFieldsFragment } from '../generated/graphql';
import { proposalStatusLabel } from '../i18n';
import { KindMarker } from './highlighted-text';
import { ProposalEditForm } from './proposal-edits';
import { endName } from './proposal-ends';
import { RejectForm } from './reject-form';

export type Mode = 'view' | 'edit' | 'reject';

interface Props {
  proposal: ProposalFieldsFragment;
  selected: boolean;
  mode: Mode;
  error: string | null;
  onSelect(): void;
  onMode(mode: Mode): void;
  onAccept(edits?: ProposalEdits): void;
  onReject(reason: string): void;
}

/**
 * From → to as the proposal reads: names, a candidate marked new (while pending: the ends are as
 * intake read them), an ambiguous mention's candidates.
 */
function Ends({ proposal }: { proposal: ProposalFieldsFragment }) {
  const { t } = useExplorer();
  const { from, to, candidates, relationshipType } = proposal;
  const end = (e: typeof from) => (
    <>
      {endName(e)}
      {proposal.status === 'PENDING' && e.node === null && e.proposedId !== null && (
        <span class="badge new">{t('newCandidate')}</span>
      )}
    </>
  );
  return (
    <p class="proposal-ends">
      {end(from)} → {relationshipType && <span class="type-name">{relationshipType}</span>}{' '}
      {candidates.length > 0 ? t('oneOf', { ids: candidates.join(', ') }) : end(to)}
    </p>
  );
}

/**
 * One proposal in the review list: kind, rule, confidence, from → to and the excerpt; while pending,
 * Accept, Edit and Reject (the same as the keys a, e and r); once decided, greyed with its status.
 */
export function ProposalItem(props: Props) {
  const { t, lang } = useExplorer();
  const { proposal, selected, mode } = props;
  const pending = proposal.status === 'PENDING';
  return (
    <li
      tabIndex={-1}
      class={`proposal${selected ? ' selected' : ''}${pending ? '' : ' decided'}`}
      data-proposal={proposal.id}
      data-kind={proposal.kind}
      data-status={proposal.status}
      aria-current={selected ? 'true' : undefined}
      onClick={props.onSelect}
    >
      <p class="proposal-head">
        <KindMarker kind={proposal.kind} /> <span class="rule">{proposal.rule}</span>{' '}
        <span class="confidence">{t('confidence', { p: Math.round(proposal.confidence * 100) })}</span>
        {!pending && (
          <span class={`badge status status-${proposal.status}`}>
            {proposalStatusLabel(lang, proposal.status)}
            {proposal.decidedBy ? ` ${t('decidedBy', { who: proposal.decidedBy })}` : ''}
          </span>
        )}
      </p>
      <Ends proposal={proposal} />
      <blockquote lang="nl">{proposal.excerpt}</blockquote>
      {proposal.reason && <p class="reason">{proposal.reason}</p>}
      {pending && mode === 'view' && (
        <div class="actions">
          <button type="button" onClick={() => props.onAccept()}>
            {t('accept')}
          </button>
          <button type="button" onClick={() => props.onMode('edit')}>
            {t('edit')}
          </button>
          <button type="button" onClick={() => props.onMode('reject')}>
            {t('reject')}
          </button>
        </div>
      )}
      {pending && mode === 'edit' && (
        <ProposalEditForm
          proposal={proposal}
          onAccept={props.onAccept}
          onCancel={() => props.onMode('view')}
        />
      )}
      {pending && mode === 'reject' && (
        <RejectForm onReject={props.onReject} onCancel={() => props.onMode('view')} />
      )}
      {props.error && (
        <p class="decision-error" role="alert">
          {t('decisionFailed', { message: props.error })}
        </p>
      )}
    </li>
  );
}
