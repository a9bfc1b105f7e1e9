import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useExplorer } from '../context';

/**
 * The reason for a rejection, asked inline: Enter confirms, Escape cancels. The field takes the
 * focus as it is drawn (a layout effect, before the next key), so what is typed next is the reason.
 */
export function RejectForm({ onReject, onCancel }: { onReject(reason: string): void; onCancel(): void }) {
  const { t } = useExplorer();
  const [reason, setReason] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => input.current?.focus(), []);
  return (
    <form
      class="reject-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (reason.trim() !== '') onReject(reason.trim());
      }}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
    >
      <label for="reject-reason">{t('reason')}</label>
      <input
        id="reject-reason"
        ref={input}
        value={reason}
        required
        onInput={(e) => setReason(e.currentTarget.value)}
      />
      <button type="submit">{t('confirmReject')}</button>{' '}
      <button type="button" onClick={onCancel}>
        {t('cancel')}
      </button>
    </form>
  );
}
