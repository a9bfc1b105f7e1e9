import { createHash } from 'node:crypto';

/**
 * Text helpers of the intake engine: the folded form names are matched in (case, diacritics, white
 * space, hyphens and hyphenated line breaks evened out) with a map back to the original offsets,
 * the sentences of a text, slugs and short hashes.
 */

/** The folded text and, per folded character, the original range [start, end) it came from. */
export interface Folded {
  text: string;
  start: number[];
  end: number[];
}

const HYPHENS = new Set(['-', '\u2010', '\u2011']);
const APOSTROPHES = new Set(['\u2019', '\u2018', '`', '\u00b4', "'"]);
const SPACE = /\s/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const ALNUM = /[\p{L}\p{N}]/u;

export function isAlnum(char: string | undefined): boolean {
  return char !== undefined && ALNUM.test(char);
}

/** One character folded: no diacritics, lower case (ß and the like may grow). */
function foldChar(char: string): string {
  return char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Folds `raw` for matching: lower case, no diacritics (NFD without combining marks), apostrophes as
 * `'`, runs of white space and hyphens as one space, and a word broken by a hyphen at a line end
 * (`Kwa-\ndraad`) joined again. Every folded character maps back to the original text.
 */
export function fold(raw: string): Folded {
  const out: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const push = (s: string, from: number, to: number) => {
    for (const c of s) {
      out.push(c);
      start.push(from);
      end.push(to);
    }
  };
  let i = 0;
  while (i < raw.length) {
    const cp = raw.codePointAt(i)!;
    const char = String.fromCodePoint(cp);
    const width = char.length;
    if (HYPHENS.has(char)) {
      // A hyphen, white space holding a line break, then a lower-case letter: one word broken in two.
      let j = i + 1;
      let newline = false;
      while (j < raw.length && SPACE.test(raw[j])) {
        if (raw[j] === '\n' || raw[j] === '\r') newline = true;
        j++;
      }
      const before = raw[i - 1];
      if (newline && before !== undefined && LETTER.test(before) && LOWER.test(raw[j] ?? '')) {
        i = j;
        continue;
      }
      if (out[out.length - 1] !== ' ') push(' ', i, i + width);
      i += width;
      continue;
    }
    if (SPACE.test(char)) {
      let j = i + 1;
      while (j < raw.length && SPACE.test(raw[j])) j++;
      if (out.length > 0 && out[out.length - 1] !== ' ') push(' ', i, j);
      i = j;
      continue;
    }
    push(APOSTROPHES.has(char) ? "'" : foldChar(char), i, i + width);
    i += width;
  }
  return { text: out.join(''), start, end };
}

/** A name folded as text is, without the map: `Kwadraad's` → `kwadraad's`, `Echt-Susteren` → `echt susteren`. */
export function foldName(name: string): string {
  return fold(name).text.trim();
}

/** A span of the text: [start, end). */
export interface Span {
  start: number;
  end: number;
}

const TERMINAL = /[.!?:;…'"’”)]$/u;

/**
 * The sentences of a text (Intl.Segmenter, Dutch), each trimmed of white space, as offsets into the
 * text itself. A single line break inside a sentence does not end it when the line before ends in a
 * hyphen or comma, or is a long line without closing punctuation, or the next line starts in lower
 * case (hard-wrapped text); a blank line, or a short line without punctuation (a heading), does.
 */
export function sentences(text: string): Span[] {
  const chars = text.split('');
  const lineBreak = /\r?\n/g;
  for (let m = lineBreak.exec(text); m; m = lineBreak.exec(text)) {
    const at = m.index;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const line = text.slice(lineStart, at).trimEnd();
    const after = text.slice(at + m[0].length);
    const next = after.trimStart();
    if (line.length === 0 || next.length === 0 || /^\r?\n/.test(after.replace(/^[ \t\u00a0]+/, ''))) continue;
    const last = line[line.length - 1];
    const joins =
      last === '-' ||
      last === ',' ||
      LOWER.test(next[0]) ||
      (line.length >= 60 && !TERMINAL.test(line) && !/^[•*\-–]/u.test(next));
    if (joins) for (let k = at; k < at + m[0].length; k++) chars[k] = ' ';
  }
  const prepared = chars.join('');
  const spans: Span[] = [];
  const segmenter = new Intl.Segmenter('nl', { granularity: 'sentence' });
  for (const { index, segment } of segmenter.segment(prepared)) {
    let start = index;
    let end = index + segment.length;
    while (start < end && /\s/u.test(text[start])) start++;
    while (end > start && /\s/u.test(text[end - 1])) end--;
    if (end > start) spans.push({ start, end });
  }
  return spans;
}

/** The index of the span holding `offset` (spans sorted, disjoint), or -1. */
export function spanAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else if (spans[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** A slug as ids take it: `Súdwest-Fryslân` → `sudwest-fryslan`. */
export function slugOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** sha256 in hex, the first `length` characters. */
export function shortHash(parts: readonly (string | number)[], length = 16): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, length);
}
