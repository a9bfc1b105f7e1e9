import { useExplorer } from '../context';
import { routeUrl } from '../route';
import { AddDocumentForm } from './add-document-form';
import { DocumentReview } from './document-review';

/**
 * `/explore/review`: an editor adds a document (pasted or read from a file) and intake reads it;
 * `/explore/review/<document id>`: its proposals, reviewed beside the text.
 */
export function ReviewPage({ document }: { document: string | null }) {
  const { t, token, navigate } = useExplorer();
  const review = (id: string | null) => navigate({ view: { name: 'review', document: id }, q: '' });
  if (token === null) {
    return (
      <main class="review-page">
        <p role="alert">{t('reviewSignIn')}</p>
      </main>
    );
  }
  return (
    <main class="review-page" aria-labelledby="review-heading">
      <header class="review-header">
        <h2 id="review-heading">{document === null ? t('reviewTitle') : t('review')}</h2>
        {document !== null && (
          <a
            href={routeUrl({ view: { name: 'review', document: null }, q: '' })}
            onClick={(event) => {
              event.preventDefault();
              review(null);
            }}
          >
            {t('addAnother')}
          </a>
        )}
      </header>
      {document === null ? <AddDocumentForm onAdded={review} /> : <DocumentReview id={document} />}
    </main>
  );
}
