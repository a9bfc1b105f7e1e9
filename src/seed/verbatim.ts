/** Runs of white space (spaces, tabs, newlines, non-breaking spaces) count as one space; nothing else is normalised. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A document's text prepared for verbatim look-ups, and where its restricted part begins. */
export class SourceText {
  readonly normalised: string;
  readonly restrictedAt: number;

  constructor(
    readonly raw: string,
    restrictedFrom: string | null,
    wholeDocumentRestricted: boolean,
  ) {
    this.normalised = normaliseSpace(raw);
    if (wholeDocumentRestricted) this.restrictedAt = 0;
    else if (restrictedFrom) this.restrictedAt = this.normalised.indexOf(normaliseSpace(restrictedFrom));
    else this.restrictedAt = Infinity;
  }

  /** Where the excerpt first occurs (normalised offsets), or -1. */
  find(excerpt: string): number {
    return this.normalised.indexOf(normaliseSpace(excerpt));
  }

  contains(excerpt: string): boolean {
    return this.find(excerpt) >= 0;
  }

  /** Restricted when its first occurrence reaches into the restricted part (it quotes restricted words). */
  isRestricted(excerpt: string): boolean {
    const at = this.find(excerpt);
    return at >= 0 && at + normaliseSpace(excerpt).length > this.restrictedAt;
  }

  /** The public part and the restricted part of the raw text, split at the marker. */
  split(
    restrictedFrom: string | null,
    wholeDocumentRestricted: boolean,
  ): { text: string; restrictedText: string | null } {
    if (wholeDocumentRestricted) return { text: '', restrictedText: this.raw };
    if (!restrictedFrom) return { text: this.raw, restrictedText: null };
    // Found as the validator finds it: any run of white space in the marker matches any run in the text.
    const marker = normaliseSpace(restrictedFrom)
      .split(' ')
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+');
    const at = this.raw.search(new RegExp(marker));
    if (at < 0) return { text: this.raw, restrictedText: null };
    return { text: this.raw.slice(0, at).trimEnd(), restrictedText: this.raw.slice(at) };
  }
}
