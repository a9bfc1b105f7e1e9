import { useState } from 'preact/hooks';
import { useExplorer } from '../context';
import { routeUrl } from '../route';
import { authHeaders } from '../session';

const FILES = ['graph.graphml', 'graph.gexf', 'nodes.csv', 'edges.csv', 'graph.json'] as const;

/**
 * Downloads through the export endpoints. A link cannot carry the bearer token, so the file is
 * fetched with it as a header and handed to the browser as a blob; the export's snapshot id (a hash
 * of what was exported) is shown, so a researcher can cite exactly which graph they analysed.
 */
export function Downloads() {
  const { t, token, navigate } = useExplorer();
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ file: string; snapshot: string } | { error: string } | null>(null);

  const download = async (file: (typeof FILES)[number]) => {
    setBusy(file);
    try {
      const response = await fetch(`/export/${file}`, { headers: authHeaders(token) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const snapshot = response.headers.get('x-snapshot-id') ?? '?';
      const url = URL.createObjectURL(await response.blob());
      const link = Object.assign(document.createElement('a'), { href: url, download: file });
      link.click();
      window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setOutcome({ file, snapshot });
    } catch (error) {
      setOutcome({ error: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <section class="downloads" aria-labelledby="downloads-heading">
      <h2 id="downloads-heading">{t('downloads')}</h2>
      <div class="actions">
        {FILES.map((file) => (
          <button key={file} type="button" disabled={busy !== null} onClick={() => download(file)}>
            {t('downloadAs', { file })}
          </button>
        ))}
      </div>
      <p role="status" class="snapshot">
        {outcome === null
          ? ''
          : 'error' in outcome
            ? t('downloadFailed', { message: outcome.error })
            : `${outcome.file}: ${t('snapshot', { id: outcome.snapshot })}`}
      </p>
      {outcome !== null && 'snapshot' in outcome && (
        <a
          class="compare-since"
          href={routeUrl({ view: { name: 'diff', from: outcome.snapshot }, q: '' })}
          onClick={(event) => {
            event.preventDefault();
            navigate({ view: { name: 'diff', from: outcome.snapshot }, q: '' });
          }}
        >
          {t('compareSince')}
        </a>
      )}
    </section>
  );
}
