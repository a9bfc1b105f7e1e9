/**
 * Where an excerpt stands in its document. Excerpts are verbatim, but the seeds count a run of white
 * space (a tab in a table, a line break) as one space, so the search does too.
 */
export function locateExcerpt(text: string, excerpt: string): { start: number; end: number } | null {
  const words = excerpt.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const match = new RegExp(escaped.join('\\s+')).exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

/** A search snippet split into plain and highlighted parts (the service marks matches `**…**`). */
export function snippetParts(snippet: string): { text: string; hit: boolean }[] {
  return snippet
    .split(/(\*\*[^*]+\*\*)/)
    .filter((part) => part !== '')
    .map((part) =>
      part.startsWith('**') && part.endsWith('**') && part.length > 4
        ? { text: part.slice(2, -2), hit: true }
        : { text: part, hit: false },
    );
}
