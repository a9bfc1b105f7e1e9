import type { DocumentFormat } from '../generated/graphql';

/**
 * What the review page makes of a chosen file, in the browser, before anything is sent: its
 * extension decides the format (.txt, .md, .html, nothing else), and its bytes must be UTF-8 text
 * (`TextDecoder` with `fatal: true`) without NUL bytes (a binary file). HTML is sent as HTML for the
 * service to turn into text; the page never renders it.
 */
export type Upload =
  | { ok: true; text: string; format: DocumentFormat }
  | { ok: false; problem: 'extension' | 'binary' | 'encoding' };

const FORMATS: Record<string, DocumentFormat> = { txt: 'TEXT', md: 'MARKDOWN', html: 'HTML' };

/** The extensions the file input accepts, as its `accept` attribute. */
export const ACCEPTED_FILES = Object.keys(FORMATS)
  .map((extension) => `.${extension}`)
  .join(',');

export function formatOfFile(name: string): DocumentFormat | null {
  const extension = /\.([^./]+)$/.exec(name.toLowerCase())?.[1];
  return extension === undefined ? null : (FORMATS[extension] ?? null);
}

export function decodeUpload(name: string, bytes: ArrayBuffer): Upload {
  const format = formatOfFile(name);
  if (format === null) return { ok: false, problem: 'extension' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: 'encoding' };
  }
  if (text.includes('\u0000')) return { ok: false, problem: 'binary' };
  return { ok: true, text, format };
}

/** The id a document gets from its title: `document:<slug>` (lower case, digits, dashes). */
export function documentIdFromTitle(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 80)
    .replace(/^-+|-+$/g, '');
  return slug === '' ? '' : `document:${slug}`;
}
