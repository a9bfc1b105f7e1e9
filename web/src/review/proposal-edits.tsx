import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useExplorer } from '../context';
import type { ProposalEdits, ProposalFieldsFragment } from '../generated/graphql';
import { endId } from './proposal-ends';

interface Props {
  proposal: ProposalFieldsFragment;
  onAccept(edits: ProposalEdits): void;
  onCancel(): void;
}

const titleOf = (properties: string | null): string => {
  try {
    const parsed = JSON.parse(properties ?? '{}') as { title?: unknown };
    return typeof parsed.title === 'string' ? parsed.title : '';
  } catch {
    return '';
  }
};

/** One labelled text field of the edit form. */
function Field(props: { id: string; label: string; value: string; onInput(value: string): void }) {
  return (
    <>
      <label for={props.id}>{props.label}</label>
      <input id={props.id} value={props.value} onInput={(e) => props.onInput(e.currentTarget.value)} />
    </>
  );
}

/**
 * What an editor changes before accepting: for an ambiguous mention the node meant (a select of the
 * candidates); for a new node its id and name; for a relationship its ends (and a role's title).
 * Only what was changed is sent. Escape cancels.
 */
export function ProposalEditForm({ proposal, onAccept, onCancel }: Props) {
  const { t } = useExplorer();
  const { kind, candidates, to, from } = proposal;
  const [values, setValues] = useState({
    to: candidates[0] ?? endId(to) ?? '',
    from: endId(from) ?? '',
    id: to.proposedId ?? '',
    name: to.name ?? '',
    title: titleOf(proposal.properties),
  });
  const form = useRef<HTMLFormElement>(null);
  useLayoutEffect(() => form.current?.querySelector<HTMLElement>('input, select')?.focus(), []);
  const set = (key: keyof typeof values) => (value: string) => setValues({ ...values, [key]: value });
  const field = (key: keyof typeof values, label: string) => (
    <Field id={`edit-${key}`} label={label} value={values[key]} onInput={set(key)} />
  );

  const edits = (): ProposalEdits => {
    if (kind === 'MENTION') return { to: values.to };
    if (kind === 'NEW_NODE') return { id: values.id, name: values.name };
    const changed: ProposalEdits = {};
    if (values.from !== (endId(from) ?? '')) changed.from = values.from;
    if (values.to !== (endId(to) ?? '')) changed.to = values.to;
    if (proposal.relationshipType === 'HOLDS_ROLE') changed.title = values.title;
    return changed;
  };

  return (
    <form
      ref={form}
      class="proposal-edits"
      onSubmit={(event) => {
        event.preventDefault();
        onAccept(edits());
      }}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
    >
      {kind === 'MENTION' && candidates.length > 0 && (
        <>
          <label for="edit-to">{t('chooseCandidate')}</label>
          <select id="edit-to" value={values.to} onChange={(e) => set('to')(e.currentTarget.value)}>
            {candidates.map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </select>
        </>
      )}
      {kind === 'NEW_NODE' && (
        <>
          {field('id', t('editId'))}
          {field('name', t('editName'))}
        </>
      )}
      {kind === 'RELATIONSHIP' && (
        <>
          {field('from', t('editFrom'))}
          {field('to', t('editTo'))}
          {proposal.relationshipType === 'HOLDS_ROLE' && field('title', t('editTitle'))}
        </>
      )}
      <button type="submit">{t('acceptEdited')}</button>{' '}
      <button type="button" onClick={onCancel}>
        {t('cancel')}
      </button>
    </form>
  );
}
