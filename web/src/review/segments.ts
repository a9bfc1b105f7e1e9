import type { ProposalKind } from '../generated/graphql';

/** Where a proposal's name or cue stands in the document text. */
export interface Span {
  id: string;
  kind: ProposalKind;
  start: number;
  end: number;
}

/** A run of the text and the spans that cover all of it (none: plain text). */
export interface Segment {
  start: number;
  text: string;
  spans: Span[];
}

/**
 * The text cut at every span's start and end, so overlapping matches (a new organisation inside
 * a nomination's cue) can each be marked. Spans outside the text are clamped to it; the innermost
 * (shortest) covering span comes first.
 */
export function segmentText(text: string, spans: readonly Span[]): Segment[] {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
  const inside = spans
    .map((span) => ({ ...span, start: clamp(span.start), end: clamp(span.end) }))
    .filter((span) => span.end > span.start);
  const cuts = [...new Set([0, text.length, ...inside.flatMap((span) => [span.start, span.end])])].sort(
    (a, b) => a - b,
  );
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const covering = inside
      .filter((span) => span.start <= start && span.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start));
    segments.push({ start, text: text.slice(start, end), spans: covering });
  }
  return segments;
}
