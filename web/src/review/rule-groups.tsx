import { useState } from 'preact/hooks';
import { useExplorer } from '../context';
import type { ProposalFieldsFragment } from '../generated/graphql';
import type { RuleOutcome } from './use-decisions';

interface Props {
  pending: readonly ProposalFieldsFragment[];
  acceptRule(rule: string): Promise<RuleOutcome | string>;
}

/**
 * "Accept all" per rule (acceptProposals): one button for each rule with pending proposals. Those
 * that need an edit stay pending; the outcome says how many, and why.
 */
export function RuleGroups({ pending, acceptRule }: Props) {
  const { t } = useExplorer();
  const [outcome, setOutcome] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const counts = new Map<string, number>();
  for (const proposal of pending) counts.set(proposal.rule, (counts.get(proposal.rule) ?? 0) + 1);

  const run = async (rule: string) => {
    setBusy(true);
    const result = await acceptRule(rule);
    setBusy(false);
    setOutcome(
      typeof result === 'string'
        ? t('decisionFailed', { message: result })
        : [
            t('ruleResult', { rule, accepted: result.accepted, skipped: result.skipped.length }),
            ...result.skipped.map((skip) => skip.message),
          ].join(' '),
    );
  };

  return (
    <section class="rule-groups" aria-labelledby="rule-groups-heading">
      <h3 id="rule-groups-heading">{t('acceptByRule')}</h3>
      {[...counts].map(([rule, n]) => (
        <button key={rule} type="button" disabled={busy} onClick={() => void run(rule)}>
          {t('acceptRule', { n, rule })}
        </button>
      ))}
      <p role="status" class="rule-outcome">
        {outcome ?? ''}
      </p>
    </section>
  );
}
