import { useState } from 'preact/hooks';
import { useExplorer } from '../context';
import type { DocumentFormat } from '../generated/graphql';
import { ACCEPTED_FILES, decodeUpload } from './upload';

export interface ReadFile {
  name: string;
  text: string;
  format: DocumentFormat;
}

/**
 * A .txt, .md or .html file read in the browser (never rendered: its text goes to the textarea).
 * Another extension, a binary file or bytes that are not UTF-8 are refused here with a message,
 * and nothing is sent (`onRead(null)`).
 */
export function FileField({ onRead }: { onRead(file: (ReadFile & { name: string }) | null): void }) {
  const { t } = useExplorer();
  const [message, setMessage] = useState<{ text: string; problem: boolean } | null>(null);

  const read = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const upload = decodeUpload(file.name, await file.arrayBuffer());
    if (!upload.ok) {
      const key =
        upload.problem === 'extension'
          ? 'fileExtension'
          : upload.problem === 'binary'
            ? 'fileBinary'
            : 'fileEncoding';
      setMessage({ text: t(key, { name: file.name }), problem: true });
      onRead(null);
      return;
    }
    setMessage({ text: t('fileRead', { name: file.name, n: upload.text.length }), problem: false });
    onRead({ name: file.name.replace(/\.[^.]+$/, ''), text: upload.text, format: upload.format });
  };

  return (
    <>
      <label for="doc-file">{t('docFile')}</label>
      <input
        id="doc-file"
        type="file"
        accept={ACCEPTED_FILES}
        aria-describedby="doc-file-message"
        onChange={(event) => void read(event.currentTarget)}
      />
      <p
        id="doc-file-message"
        class={message?.problem ? 'file-message problem' : 'file-message'}
        role={message?.problem ? 'alert' : 'status'}
      >
        {message?.text ?? ''}
      </p>
    </>
  );
}
