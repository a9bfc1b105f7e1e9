import { useQuery } from '@urql/preact';
import { useEffect, useRef } from 'preact/hooks';
import { useExplorer } from '../context';
import { errorMessage } from '../errors';
import { locateExcerpt } from '../excerpt';
import { DocumentTextDocument } from '../generated/graphql';

/** A text with one excerpt marked (when it is in there). */
function MarkedText({ text, excerpt }: { text: string; excerpt: string | null }) {
  const at = excerpt === null ? null : locateExcerpt(text, excerpt);
  if (at === null) return <>{text}</>;
  return (
    <>
      {text.slice(0, at.start)}
      <mark class="excerpt">{text.slice(at.start, at.end)}</mark>
      {text.slice(at.end)}
    </>
  );
}

/**
 * The source document, verbatim, in a modal dialog, with the excerpt that was cited highlighted and
 * scrolled to. The restricted part (an editors' note) is there only for researchers, marked so.
 */
export function DocumentReader({
  id,
  excerpt,
  onClose,
}: {
  id: string;
  excerpt: string | null;
  onClose(): void;
}) {
  const { t } = useExplorer();
  const dialog = useRef<HTMLDialogElement>(null);
  const [result] = useQuery({ query: DocumentTextDocument, variables: { id } });
  const document = result.data?.document;

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  useEffect(() => {
    dialog.current?.querySelector('mark.excerpt')?.scrollIntoView({ block: 'center' });
  }, [document, excerpt]);

  const inPublic = document && excerpt !== null && locateExcerpt(document.text, excerpt) !== null;
  const inRestricted =
    document?.restrictedText && excerpt !== null && locateExcerpt(document.restrictedText, excerpt) !== null;

  return (
    <dialog ref={dialog} class="document-reader" aria-labelledby="document-title" onClose={onClose}>
      <header>
        <h2 id="document-title">{document?.title ?? t('document')}</h2>
        <form method="dialog">
          <button type="submit">{t('close')}</button>
        </form>
      </header>
      {result.error && <p role="alert">{t('failed', { message: errorMessage(result.error) })}</p>}
      {!document && !result.error && <p role="status">{t('loading')}</p>}
      {document && (
        <div class="document-body" lang="nl" tabIndex={0}>
          {document.publishedOn && <p class="meta">{document.publishedOn}</p>}
          {excerpt !== null && !inPublic && !inRestricted && <p role="note">{t('excerptNotFound')}</p>}
          <div class="document-text">
            <MarkedText text={document.text} excerpt={inPublic ? excerpt : null} />
          </div>
          {document.restrictedText && (
            <section class="restricted-text">
              <h3>
                <span class="badge restricted">{t('restricted')}</span> {t('restrictedPart')}
              </h3>
              <div class="document-text">
                <MarkedText text={document.restrictedText} excerpt={inRestricted ? excerpt : null} />
              </div>
            </section>
          )}
        </div>
      )}
    </dialog>
  );
}
