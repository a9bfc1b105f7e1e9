import { useQuery } from '@urql/preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useExplorer } from '../context';
import { errorMessage, isNotFound } from '../errors';
import { DocumentProposalsDocument, type ProposalFieldsFragment } from '../generated/graphql';
import { NotFound } from '../panels/not-found';
import { AcceptedList } from './accepted-list';
import { HighlightLegend, HighlightedText } from './highlighted-text';
import { type Mode, ProposalItem } from './proposal-item';
import { RuleGroups } from './rule-groups';
import { useKeys } from './use-keys';
import { type Outcome, useDecisions } from './use-decisions';

/** Proposals read at once: a news item has a few dozen; the count says when there are more. */
const FIRST = 100;
const isPending = (proposal: ProposalFieldsFragment) => proposal.status === 'PENDING';

/**
 * A document under review: its text with the pending proposals marked, and beside it the list of
 * proposals to accept, edit or reject (by button or key), the accept-all buttons per rule, and
 * what was accepted here with links to the nodes.
 */
export function DocumentReview({ id }: { id: string }) {
  const { t } = useExplorer();
  const [result] = useQuery({ query: DocumentProposalsDocument, variables: { id, first: FIRST } });
  const [showAll, setShowAll] = useState(false);
  const [index, setIndex] = useState(0);
  const [mode, setMode] = useState<Mode>('view');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  const [accepted, setAccepted] = useState<ProposalFieldsFragment[]>([]);
  const decisions = useDecisions(id, (facts) => setAccepted((previous) => [...facts, ...previous]));
  const list = useRef<HTMLOListElement>(null);
  const document = result.data?.document;

  const all = useMemo(() => document?.proposals.edges.map((edge) => edge.node) ?? [], [document]);
  const spans = useMemo(
    () =>
      all.filter(isPending).map((p) => ({ id: p.id, kind: p.kind, start: p.matchStart, end: p.matchEnd })),
    [all],
  );
  const shown = showAll ? all : all.filter(isPending);
  const at = Math.max(0, Math.min(index, shown.length - 1));
  const current = shown[at] ?? null;

  const decide = async (proposal: ProposalFieldsFragment, run: () => Promise<Outcome>) => {
    if (busy) return;
    setBusy(true);
    const error = await run();
    setBusy(false);
    setErrors((previous) => ({ ...previous, [proposal.id]: error }));
    if (error === null) setMode('view');
  };
  // Moving by key focuses the selected proposal as soon as it is drawn, before the next key: a
  // later focus would take it from a form that key opened.
  const [focusRequest, setFocusRequest] = useState(0);
  useLayoutEffect(() => {
    if (focusRequest > 0) list.current?.querySelector<HTMLElement>('li.selected')?.focus();
  }, [focusRequest]);
  const select = (next: number, focus: boolean) => {
    setIndex(Math.max(0, Math.min(next, shown.length - 1)));
    setMode('view');
    if (focus) setFocusRequest((n) => n + 1);
  };
  // a, e and r act only on a pending proposal with no form open: a key meant for the reason or an
  // edit never decides anything.
  const actionable = current !== null && isPending(current) && mode === 'view' && !busy;
  useKeys({
    move: (delta) => select(at + delta, true),
    accept: () => actionable && void decide(current, () => decisions.accept(current.id)),
    edit: () => actionable && setMode('edit'),
    reject: () => actionable && setMode('reject'),
  });

  if (isNotFound(result.error)) return <NotFound id={id} />;
  if (result.error && !document)
    return <p role="alert">{t('failed', { message: errorMessage(result.error) })}</p>;
  if (!document) return <p role="status">{t('loading')}</p>;

  const text = document.restrictedText ? `${document.text}\n\n${document.restrictedText}` : document.text;
  const total = document.proposals.totalCount;
  return (
    <div class="review-columns">
      <section class="review-document" aria-labelledby="review-text-heading">
        <p class="review-title">
          <strong lang="nl">{document.title}</strong> <code>{document.id}</code>
        </p>
        <h3 id="review-text-heading">{t('documentText')}</h3>
        <HighlightLegend />
        <HighlightedText
          text={text}
          spans={spans}
          selected={current?.id ?? null}
          onSelect={(proposal) => {
            const found = shown.findIndex((p) => p.id === proposal);
            if (found >= 0) select(found, true);
          }}
        />
      </section>
      <section class="review-side" aria-labelledby="proposals-heading">
        <h3 id="proposals-heading">{t('proposalsTitle')}</h3>
        <p class="count" role="status">
          {t('proposalCount', { pending: all.filter(isPending).length, total })}
          {total > all.length && ` ${t('proposalsCapped', { n: all.length, total })}`}
        </p>
        <p class="hint">{t('keysHint')}</p>
        <div class="view-switch" role="group">
          <button type="button" aria-pressed={!showAll} onClick={() => setShowAll(false)}>
            {t('showPending')}
          </button>
          <button type="button" aria-pressed={showAll} onClick={() => setShowAll(true)}>
            {t('showAll')}
          </button>
        </div>
        {shown.length === 0 && <p>{t('noProposals')}</p>}
        <ol class="proposal-list" ref={list}>
          {shown.map((proposal, i) => (
            <ProposalItem
              key={proposal.id}
              proposal={proposal}
              selected={i === at}
              mode={i === at ? mode : 'view'}
              error={errors[proposal.id] ?? null}
              onSelect={() => i !== at && select(i, false)}
              onMode={(next) => {
                select(i, false);
                setMode(next);
              }}
              onAccept={(edits) => void decide(proposal, () => decisions.accept(proposal.id, edits))}
              onReject={(reason) => void decide(proposal, () => decisions.reject(proposal.id, reason))}
            />
          ))}
        </ol>
        <RuleGroups pending={all.filter(isPending)} acceptRule={decisions.acceptRule} />
        <AcceptedList accepted={accepted} />
      </section>
    </div>
  );
}
