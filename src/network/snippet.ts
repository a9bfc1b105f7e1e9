/**
 * Snippets for search hits. Neo4j's full-text procedures return a node and a score, not Lucene's
 * highlights, so the snippet is cut here from the text of the property that matched.
 *
 * The index stems Dutch words ("gemeenten" and "gemeente" share a stem). Rather than a second
 * stemmer that could disagree with Lucene's, a word of the text counts as a match for a searched
 * word when they are equal, or when they share a prefix of at least four letters and neither has
 * more than three letters beyond it, the length of Dutch inflections (-e, -en, -s, -ing, -ën):
 * "gemeente" matches "gemeenten", "partners" matches "partner", but "jeugd" does not match
 * "jeugdhulp". Case and accents are ignored. Dutch stop words, which the index ignores, are never
 * highlighted.
 */

const SNIPPET_LENGTH = 200;
const CONTEXT_BEFORE = 60;
const MIN_STEM = 4;
const MAX_SUFFIX = 3;

/** The stop words of Lucene's Dutch analyzer (Snowball), which the index does not search on. */
const DUTCH_STOP_WORDS = new Set(
  (
    'de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om hem dan ' +
    'zou of wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar naar heb hoe ' +
    'heeft hebben deze u want nog zal me zij nu ge geen omdat iets worden toch al waren veel meer doen ' +
    'toen moet ben zonder kan hun dus alles onder ja eens hier wie werd altijd doch wordt wezen kunnen ' +
    'ons zelf tegen na reeds wil kon niets uw iemand geweest andere'
  ).split(' '),
);

/** The properties a hit may match on, in the order a snippet prefers them. */
export const SNIPPET_PROPERTIES = ['text', 'description', 'name', 'aliasesText', 'restrictedText'] as const;
export type SnippetTexts = Partial<Record<(typeof SNIPPET_PROPERTIES)[number], string | null>>;

const WORD = /[\p{L}\p{N}]+/gu;

const ASCII = /^[ -~]*$/;

function normalise(word: string): string {
  // Most words are plain ASCII, which has no accents to strip (the same result, without NFD).
  if (ASCII.test(word)) return word.toLowerCase();
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The searched words, normalised, without stop words and repeats. */
export function searchWords(text: string): string[] {
  const words = (text.match(WORD) ?? []).map(normalise).filter((word) => !DUTCH_STOP_WORDS.has(word));
  return [...new Set(words)];
}

function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Whether a word of the text matches a searched (normalised) word; see the module comment. */
export function wordMatches(word: string, searched: string): boolean {
  const candidate = normalise(word);
  if (candidate === searched) return true;
  if (DUTCH_STOP_WORDS.has(candidate)) return false;
  const shared = sharedPrefix(candidate, searched);
  return (
    shared >= MIN_STEM && candidate.length - shared <= MAX_SUFFIX && searched.length - shared <= MAX_SUFFIX
  );
}

interface Match {
  start: number;
  end: number;
}

/** The matches of `text`, in order, found lazily: a snippet needs only the first window's. */
function* matchesIn(text: string, words: string[]): Generator<Match> {
  for (const m of text.matchAll(WORD)) {
    if (words.some((searched) => wordMatches(m[0], searched))) {
      yield { start: m.index, end: m.index + m[0].length };
    }
  }
}

/** About SNIPPET_LENGTH characters of `text` from a little before `around`, cut at spaces. */
function window(text: string, around: number): { start: number; end: number } {
  let start = Math.max(0, around - CONTEXT_BEFORE);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space !== -1 && space < around ? space + 1 : around;
  }
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > around) end = space;
  }
  return { start, end };
}

function cut(text: string, start: number, end: number, matches: Match[]): string {
  let out = start > 0 ? '…' : '';
  let at = start;
  for (const m of matches) {
    if (m.start < start || m.end > end) continue;
    out += `${text.slice(at, m.start)}**${text.slice(m.start, m.end)}**`;
    at = m.end;
  }
  out += text.slice(at, end);
  return end < text.length ? `${out}…` : out;
}

/**
 * A short excerpt of the first property (in SNIPPET_PROPERTIES order) where a searched word occurs,
 * around its first occurrence, with every matching word in the excerpt wrapped in `**…**`. When no
 * word is found (the index matched in a way the rule above does not see), the start of the text or
 * name, without highlights.
 */
export function snippet(texts: SnippetTexts, searchText: string): string {
  const words = searchWords(searchText);
  const present = SNIPPET_PROPERTIES.map((property) => (texts[property] ?? '').replace(/\s+/g, ' ').trim());
  if (words.length > 0) {
    for (const text of present) {
      const matches = matchesIn(text, words);
      const first = matches.next();
      if (first.done) continue;
      const { start, end } = window(text, first.value.start);
      // Words are read up to the window's end only (a document text can be long).
      const shown = [first.value];
      for (let m = matches.next(); !m.done && m.value.start < end; m = matches.next()) shown.push(m.value);
      return cut(text, start, end, shown);
    }
  }
  const fallback = present.find((text) => text.length > 0) ?? '';
  const { start, end } = window(fallback, 0);
  return cut(fallback, start, end, []);
}
