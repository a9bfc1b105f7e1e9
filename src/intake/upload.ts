import path from 'node:path';
import { IntakeInputError } from './errors';
import { htmlToText } from './html';

const TEXT_EXTENSIONS = new Set(['.txt', '.md']);
const HTML_EXTENSIONS = new Set(['.html', '.htm']);

/** The extensions an upload may have. */
export const UPLOAD_EXTENSIONS: readonly string[] = [...TEXT_EXTENSIONS, ...HTML_EXTENSIONS];

/**
 * The text of an uploaded document: `.txt` and `.md` as they are, `.html`/`.htm` as their readable
 * text. The bytes must be UTF-8 (a byte-order mark is dropped) without NUL bytes; anything else, and
 * any other extension, is refused with an IntakeInputError naming the file.
 */
export function documentTextFromUpload(fileName: string, bytes: Buffer): string {
  const extension = path.extname(fileName).toLowerCase();
  const html = HTML_EXTENSIONS.has(extension);
  if (!html && !TEXT_EXTENSIONS.has(extension)) {
    throw new IntakeInputError(
      'file',
      `${fileName}: only ${UPLOAD_EXTENSIONS.join(', ')} files can be read (not ${extension || 'a file without an extension'})`,
    );
  }
  if (bytes.includes(0)) {
    throw new IntakeInputError('file', `${fileName} holds NUL bytes: a binary file, not text`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new IntakeInputError('file', `${fileName} is not valid UTF-8 text`);
  }
  return html ? htmlToText(text) : text;
}
