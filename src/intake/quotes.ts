/** A quoted passage: the offsets of its marks (start at the opening mark, end after the closing one). */
export interface QuotedPassage {
  start: number;
  end: number;
  /** The words between the marks, verbatim. */
  content: string;
}

const PAIRS: Record<string, string> = { '‘': '’', '“': '”', '„': '”', '"': '"', "'": "'", '«': '»' };
const ALNUM = /[\p{L}\p{N}]/u;

/**
 * The quoted passages of a text (‘…’, “…”, „…”, "…", '…', «…»): an opening mark not inside a word,
 * a closing mark not followed by a letter (so `zo’n` and `’s` do not close), within one paragraph,
 * three words or more.
 */
export function findQuotes(text: string): QuotedPassage[] {
  const found: QuotedPassage[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text[i];
    const close = PAIRS[open];
    if (close === undefined || ALNUM.test(text[i - 1] ?? '') || /\s/u.test(text[i + 1] ?? ' ')) {
      i++;
      continue;
    }
    let j = i + 1;
    let end = -1;
    while (j < text.length && j - i < 2000) {
      if (text[j] === '\n' && /^\n[ \t\u00a0]*\n/u.test(text.slice(j, j + 40))) break;
      if (text[j] === close && !/\s/u.test(text[j - 1]) && !ALNUM.test(text[j + 1] ?? '')) {
        end = j;
        break;
      }
      j++;
    }
    if (end < 0) {
      i++;
      continue;
    }
    const content = text.slice(i + 1, end);
    if (content.trim().split(/\s+/u).length >= 3) {
      found.push({ start: i, end: end + 1, content });
      i = end + 1;
    } else i++;
  }
  return found;
}
