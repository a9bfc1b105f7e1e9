/** Every character Lucene's classic query parser gives a meaning to. */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * The user's words as a Lucene query that means just those words: every special character is
 * escaped (so `a:b`, `(`, `"`, `*`, `~` are plain characters, never syntax), and the text is
 * lower-cased, so AND, OR and NOT are words, not operators (the analyzer lower-cases anyway, so
 * matching is unchanged). The words are OR-ed, Lucene's default; hits with more of them score higher.
 */
export function toLuceneQuery(text: string): string {
  return text.trim().toLowerCase().replace(SPECIAL, '\\$&');
}
