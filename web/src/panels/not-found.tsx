import { useExplorer } from '../context';

/** A deep link to something that is not there (or not public): said plainly, with a way back. */
export function NotFound({ id }: { id: string }) {
  const { t, navigate } = useExplorer();
  return (
    <div class="not-found" role="alert">
      <h2>{t('notFound', { id })}</h2>
      <button type="button" onClick={() => navigate({ view: { name: 'overview' }, q: '' })}>
        {t('backToOverview')}
      </button>
    </div>
  );
}
