import type { NamedTransaction } from '../../db/database';
import {
  type EvidenceColumns,
  type EvidencePiece,
  RelationshipType,
  evidenceColumns,
  mentionsOf,
  normaliseSpace,
  relationshipKey,
} from '../../model';
import { type FieldProblem, refuseProblems } from './validation';

export type { EvidencePiece };

/** A document as stored, with its texts prepared for verbatim look-ups (white-space runs = one space). */
export class StoredDocument {
  readonly publicText: string;
  readonly fullText: string;

  constructor(
    readonly id: string,
    readonly text: string | null,
    readonly restrictedText: string | null,
    readonly restricted: boolean,
    readonly language: string | null,
    /** 'seed' or 'editor'; an editor's document also keeps its restricted marker. */
    readonly origin: string | null = null,
    readonly restrictedFrom: string | null = null,
  ) {
    this.publicText = normaliseSpace(text ?? '');
    this.fullText = normaliseSpace(`${text ?? ''} ${restrictedText ?? ''}`);
  }

  /** The same document, (un)restricted as a whole, its texts split as given. */
  with(restricted: boolean, texts: { text: string; restrictedText: string | null } | null): StoredDocument {
    return new StoredDocument(
      this.id,
      texts ? texts.text : this.text,
      texts ? texts.restrictedText : this.restrictedText,
      restricted,
      this.language,
      this.origin,
      this.restrictedFrom,
    );
  }

  /**
   * Where the excerpt occurs: 'public' when in the public text of a public document; 'restricted'
   * when only in the restricted part (or across the marker), or anywhere in a restricted document;
   * null when nowhere. The same rule as the seed loader (SourceText.isRestricted): an excerpt is
   * restricted when its first occurrence reaches into the restricted part.
   */
  locate(excerpt: string): 'public' | 'restricted' | null {
    const needle = normaliseSpace(excerpt);
    if (needle === '') return null;
    if (this.publicText.includes(needle)) return this.restricted ? 'restricted' : 'public';
    return this.fullText.includes(needle) ? 'restricted' : null;
  }
}

/**
 * Reads the documents with these ids in the transaction, each write-locked until it ends, so a
 * concurrent `setDocumentRestricted` cannot change whether they are restricted between this check
 * and the write that records the evidence. Ids are locked in sorted order (no lock-order deadlocks).
 */
export async function readDocuments(
  tx: NamedTransaction,
  ids: string[],
): Promise<Map<string, StoredDocument>> {
  const unique = [...new Set(ids)].sort();
  if (unique.length === 0) return new Map();
  const rows = await tx.run('curation/lock-documents', { ids: unique });
  return new Map(
    rows.map((row) => [
      row.id as string,
      new StoredDocument(
        row.id as string,
        (row.text as string | null) ?? null,
        (row.restrictedText as string | null) ?? null,
        Boolean(row.restricted),
        (row.language as string | null) ?? null,
        (row.origin as string | null) ?? null,
        (row.restrictedFrom as string | null) ?? null,
      ),
    ]),
  );
}

/** Evidence checked against its documents: the stored columns, or what is wrong with it. */
export interface CheckedEvidence {
  /** The columns of the pieces not yet recorded (repeats and pieces in `existing` dropped). */
  columns: EvidenceColumns;
  problems: FieldProblem[];
}

/**
 * Every piece must name a document in the graph and quote it verbatim; restricted flags are
 * computed exactly as the loader computes them. `field` is the input path of the list, e.g.
 * `input.evidence`, so problems name `input.evidence[1].excerpt`.
 */
export function checkEvidence(
  pieces: EvidencePiece[],
  documents: Map<string, StoredDocument>,
  field: string,
  existing: { documents: string[]; excerpts: string[] } = { documents: [], excerpts: [] },
): CheckedEvidence {
  const problems: FieldProblem[] = [];
  const restricted: boolean[] = [];
  pieces.forEach((piece, i) => {
    const document = documents.get(piece.document);
    if (!document) {
      problems.push({ field: `${field}[${i}].document`, messages: ['no document with this id'] });
      restricted.push(false);
      return;
    }
    const where = document.locate(piece.excerpt);
    if (where === null) {
      problems.push({
        field: `${field}[${i}].excerpt`,
        messages: ['the excerpt does not occur verbatim in the document (runs of white space count as one)'],
      });
    }
    restricted.push(where === 'restricted');
  });
  const keep = newPieceIndexes(pieces, existing);
  return {
    columns: evidenceColumns(
      keep.map((i) => pieces[i]),
      keep.map((i) => restricted[i]),
    ),
    problems,
  };
}

/**
 * The evidence to add to a fact whose write lock the transaction holds (`locked`: its stored
 * documents and excerpts): every piece checked against its document, refused with BAD_USER_INPUT
 * naming `field`, and the pieces it holds already dropped.
 */
export async function newEvidence(
  tx: NamedTransaction,
  added: EvidencePiece[],
  field: string,
  locked: Record<string, unknown>,
): Promise<EvidenceColumns> {
  const documents = await readDocuments(
    tx,
    added.map((e) => e.document),
  );
  const { columns, problems } = checkEvidence(added, documents, field, {
    documents: locked.evidenceDocuments as string[],
    excerpts: locked.evidenceExcerpts as string[],
  });
  refuseProblems(problems);
  return columns;
}

/** One MENTIONS edge to write: a document names the node, with the pieces of evidence that say so. */
export interface MentionRow {
  key: string;
  document: string;
  node: string;
  evidenceDocuments: string[];
  evidenceExcerpts: string[];
  evidenceInferred: boolean[];
  evidenceReasons: string[];
  evidenceRestricted: boolean[];
}

/** MENTIONS derived from a node's (new) evidence, by the model's rule (one per document). */
export function mentionRows(nodeId: string, columns: EvidenceColumns): MentionRow[] {
  return mentionsOf(columns).map(({ document, columns: own }) => ({
    key: relationshipKey(RelationshipType.MENTIONS, document, nodeId),
    document,
    node: nodeId,
    evidenceDocuments: own.evidenceDocuments,
    evidenceExcerpts: own.evidenceExcerpts,
    evidenceInferred: own.evidenceInferred,
    evidenceReasons: own.evidenceReasons,
    evidenceRestricted: own.evidenceRestricted,
  }));
}

/** The indexes of pieces not already recorded (same document, same excerpt up to white space) nor repeated. */
function newPieceIndexes(
  pieces: EvidencePiece[],
  existing: { documents: string[]; excerpts: string[] },
): number[] {
  const signature = (document: string, excerpt: string) => `${document}\u0000${normaliseSpace(excerpt)}`;
  const seen = new Set(existing.documents.map((d, i) => signature(d, existing.excerpts[i] ?? '')));
  return pieces.flatMap((piece, i) => {
    const key = signature(piece.document, piece.excerpt);
    if (seen.has(key)) return [];
    seen.add(key);
    return [i];
  });
}
