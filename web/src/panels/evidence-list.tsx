import { useExplorer } from '../context';
import type { EvidenceFieldsFragment } from '../generated/graphql';

/**
 * The evidence of a fact: each verbatim excerpt, whether the document states it or it is inferred
 * (and why), and the document, which opens in the reader at the excerpt.
 */
export function EvidenceList({ evidence }: { evidence: readonly EvidenceFieldsFragment[] }) {
  const { t, openDocument } = useExplorer();
  if (evidence.length === 0) return null;
  return (
    <ul class="evidence">
      {evidence.map((item, index) => (
        <li key={index}>
          <blockquote lang="nl">{item.excerpt}</blockquote>
          <p class="evidence-meta">
            {item.inferred ? (
              <span class="badge inferred">
                {t('inferred')}
                {item.reason ? `: ${item.reason}` : ''}
              </span>
            ) : (
              <span class="badge stated">{t('stated')}</span>
            )}{' '}
            <button type="button" class="link" onClick={() => openDocument(item.document.id, item.excerpt)}>
              {t('openDocument', { title: item.document.title })}
            </button>
          </p>
        </li>
      ))}
    </ul>
  );
}
