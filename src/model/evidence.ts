import { pieceVisibleTo } from './visibility';
/**
 * The evidence rules, said once: verbatim matching (runs of white space count as one space), when
 * an excerpt is restricted, how evidence is stored, and how MENTIONS are derived from it.
 */

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

/** A piece of evidence: the document, its verbatim excerpt, and whether the fact is inferred (and why). */
export interface EvidencePiece {
  document: string;
  excerpt: string;
  inferred: boolean;
  reason?: string | null;
}

/** Evidence as Neo4j stores it: parallel lists on the node or relationship (maps cannot be properties). */
export interface EvidenceColumns {
  evidenceDocuments: string[];
  evidenceExcerpts: string[];
  evidenceInferred: boolean[];
  evidenceReasons: string[];
  evidenceRestricted: boolean[];
  /** True when every piece of evidence is restricted: then only researchers and editors see it. */
  restricted: boolean;
}

/**
 * The one rule for storing evidence, used by the seed loader and by curation alike: parallel lists,
 * a reason only on an inferred piece (the empty string otherwise), and the fact restricted when
 * every piece is (`restricted[i]`: the excerpt reaches into a restricted part, see SourceText).
 */
export function evidenceColumns(
  pieces: readonly EvidencePiece[],
  restricted: readonly boolean[],
): EvidenceColumns {
  return {
    evidenceDocuments: pieces.map((p) => p.document),
    evidenceExcerpts: pieces.map((p) => p.excerpt),
    evidenceInferred: pieces.map((p) => p.inferred),
    evidenceReasons: pieces.map((p) => (p.inferred ? (p.reason ?? '') : '')),
    evidenceRestricted: [...restricted],
    restricted: restricted.every(Boolean),
  };
}

/**
 * How MENTIONS are derived: a node's evidence names it in each of its documents, so each document
 * MENTIONS the node once, with the pieces of evidence from that document.
 */
export function mentionsOf(columns: EvidenceColumns): { document: string; columns: EvidenceColumns }[] {
  const byDocument = new Map<string, number[]>();
  columns.evidenceDocuments.forEach((document, i) =>
    byDocument.set(document, [...(byDocument.get(document) ?? []), i]),
  );
  return [...byDocument].map(([document, indexes]) => {
    const restricted = indexes.map((i) => columns.evidenceRestricted[i]);
    return {
      document,
      columns: {
        evidenceDocuments: indexes.map((i) => columns.evidenceDocuments[i]),
        evidenceExcerpts: indexes.map((i) => columns.evidenceExcerpts[i]),
        evidenceInferred: indexes.map((i) => columns.evidenceInferred[i]),
        evidenceReasons: indexes.map((i) => columns.evidenceReasons[i]),
        evidenceRestricted: restricted,
        restricted: restricted.every(Boolean),
      },
    };
  });
}

/**
 * Cypher for the evidence of `owner` (a node or relationship variable) as a list of pieces
 * `{documentId, excerpt, inferred, reason}`, zipped from its parallel lists, without the pieces a
 * viewer may not see; `i` is a fresh variable and `more` adds entries to each piece (its document).
 * The one place the stored form is read back: compiled reads and named queries (`{{EVIDENCE:r}}`)
 * both render it from here.
 */
export function evidenceCypher(owner: string, i = '_i', more = ''): string {
  return (
    `[${i} IN range(0, size(coalesce(${owner}.evidenceDocuments, [])) - 1) ` +
    `WHERE ${pieceVisibleTo(`${owner}.evidenceRestricted[${i}]`)} | ` +
    `{documentId: ${owner}.evidenceDocuments[${i}], excerpt: ${owner}.evidenceExcerpts[${i}], ` +
    `inferred: coalesce(${owner}.evidenceInferred[${i}], false), ` +
    `reason: CASE WHEN ${owner}.evidenceReasons[${i}] <> '' THEN ${owner}.evidenceReasons[${i}] END` +
    `${more}}]`
  );
}
