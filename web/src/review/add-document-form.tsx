import { useClient } from '@urql/preact';
import { useState } from 'preact/hooks';
import { useExplorer } from '../context';
import { errorMessage } from '../errors';
import { AddDocumentDocument, type DocumentFormat } from '../generated/graphql';
import { DOCUMENT_KINDS, documentKindLabel, formatLabel } from '../i18n';
import { FileField } from './file-field';
import { documentIdFromTitle } from './upload';

type Kind = (typeof DOCUMENT_KINDS)[number];
const FORMATS: DocumentFormat[] = ['TEXT', 'MARKDOWN', 'HTML'];

/** The service's refusal: its message, the input fields it names, and the document it conflicts with. */
interface Refusal {
  message: string;
  fields: string[];
  existing: string | null;
}

function refusalOf(error: Parameters<typeof errorMessage>[0]): Refusal {
  const first = error.graphQLErrors[0];
  const named = (first?.extensions?.fields as { field: string }[] | undefined) ?? [];
  const argument = first?.extensions?.argumentName;
  const fields = [...named.map((f) => f.field), ...(typeof argument === 'string' ? [argument] : [])];
  const existing =
    first?.extensions?.code === 'CONFLICT'
      ? (/"(document:[a-z0-9-]+)"/.exec(first.message)?.[1] ?? null)
      : null;
  return { message: errorMessage(error), fields, existing };
}

/**
 * A new document: title, kind, id (made from the title until edited), and its text, pasted or read
 * from a file. The service reads it at once (intake); the page then opens its proposals.
 */
export function AddDocumentForm({ onAdded }: { onAdded(id: string): void }) {
  const { t, lang } = useExplorer();
  const client = useClient();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<Kind>('news');
  const [id, setId] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [format, setFormat] = useState<DocumentFormat>('TEXT');
  const [fileProblem, setFileProblem] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const documentId = id ?? documentIdFromTitle(title);
  const invalid = (field: string) => refusal?.fields.includes(`input.${field}`) ?? false;
  const fieldError = (field: string) =>
    invalid(field) ? (
      <p class="field-error" id={`error-${field}`} role="alert">
        {refusal!.message}
      </p>
    ) : null;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (fileProblem || busy) return;
    setBusy(true);
    const input = { id: documentId, title, documentKind: kind, text, format };
    const result = await client.mutation(AddDocumentDocument, { input }).toPromise();
    setBusy(false);
    if (result.data) onAdded(result.data.addDocument.id);
    else if (result.error) setRefusal(refusalOf(result.error));
  };

  return (
    <form class="add-document" onSubmit={submit}>
      <label for="doc-title">{t('docTitle')}</label>
      <input id="doc-title" value={title} required onInput={(e) => setTitle(e.currentTarget.value)} />
      {fieldError('title')}
      <label for="doc-kind">{t('docKind')}</label>
      <select id="doc-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as Kind)}>
        {DOCUMENT_KINDS.map((k) => (
          <option key={k} value={k}>
            {documentKindLabel(lang, k)}
          </option>
        ))}
      </select>
      <label for="doc-id">{t('docId')}</label>
      <input
        id="doc-id"
        value={documentId}
        required
        aria-describedby="doc-id-hint"
        onInput={(e) => setId(e.currentTarget.value)}
      />
      <small id="doc-id-hint">{t('docIdHint')}</small>
      {fieldError('id')}
      <label for="doc-text">{t('docText')}</label>
      <textarea
        id="doc-text"
        rows={12}
        value={text}
        required
        onInput={(e) => setText(e.currentTarget.value)}
      />
      {fieldError('text')}
      <FileField
        onRead={(read) => {
          setFileProblem(read === null);
          if (read === null) return;
          setText(read.text);
          setFormat(read.format);
          if (title === '') setTitle(read.name);
        }}
      />
      <label for="doc-format">{t('docFormat')}</label>
      <select
        id="doc-format"
        value={format}
        onChange={(e) => setFormat(e.currentTarget.value as DocumentFormat)}
      >
        {FORMATS.map((f) => (
          <option key={f} value={f}>
            {formatLabel(lang, f)}
          </option>
        ))}
      </select>
      <button type="submit" disabled={busy || fileProblem}>
        {busy ? t('adding') : t('addDocument')}
      </button>
      {refusal && (
        <div class="form-error" role="alert">
          <p>{t('fixFields', { message: refusal.message })}</p>
          {refusal.existing && (
            <p>
              <a href={`/explore/review/${refusal.existing}`}>
                {t('reviewExisting', { id: refusal.existing })}
              </a>
            </p>
          )}
        </div>
      )}
    </form>
  );
}
