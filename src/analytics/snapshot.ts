import { createHash } from 'node:crypto';
import type { EvidenceRecord } from '../graph/records/records';
import type { NodeLabel, RelationshipType } from '../model';
import type { ProjectionGraph } from './projection';

/** A node as every export writes it. */
export interface ExportNode {
  id: string;
  name: string;
  kind: NodeLabel;
  organisationType: string | null;
  programmeKind: string | null;
  year: number | null;
  restricted: boolean;
  /** The earliest publication date of the documents of its visible evidence (a document: its own), or null. */
  documentStart: string | null;
  /** When it was recorded (createdAt, a date), or null: not part of the snapshot id (see canonicalSerialisation). */
  recordedOn: string | null;
}

/** Where an export's `start` of a node or relationship comes from. */
export type StartSource = 'document' | 'recorded';

/**
 * The time an export (GEXF `start`) gives a node or relationship: the publication date of its
 * earliest dated supporting document, else the date it was recorded (null when neither is known).
 */
export function startOf(item: { documentStart: string | null; recordedOn: string | null }): {
  start: string | null;
  startSource: StartSource;
} {
  return item.documentStart !== null
    ? { start: item.documentStart, startSource: 'document' }
    : { start: item.recordedOn, startSource: 'recorded' };
}

/** A relationship as every export writes it: as stored (source → target), with its visible evidence. */
export interface ExportEdge {
  key: string;
  source: string;
  target: string;
  type: RelationshipType;
  year: number | null;
  title: string | null;
  context: string | null;
  restricted: boolean;
  /** True when no piece of its evidence states it in so many words (every piece is inferred). */
  inferred: boolean;
  evidence: EvidenceRecord[];
  /** The distinct documents of its visible evidence, in evidence order. */
  documents: string[];
  /** How many distinct documents support it (`documents.length`): an export's edge weight. */
  weight: number;
  documentStart: string | null;
  recordedOn: string | null;
}

/** The distinct documents of a list of evidence, in the order they first appear. */
export function documentsOf(evidence: readonly EvidenceRecord[]): string[] {
  return [...new Set(evidence.map((e) => e.documentId))];
}

/** Exactly what an export holds, in canonical order, and the content hash that names it. */
export interface GraphSnapshot {
  /** Hex SHA-256 of the canonical serialisation of `nodes` and `edges` (see `canonicalSerialisation`). */
  snapshotId: string;
  nodes: ExportNode[];
  edges: ExportEdge[];
  /** The canonical serialisation itself, when built here (snapshotOf): what is recorded with the snapshot. */
  canonical?: string;
}

/** Code-unit order, the same on every machine and locale. */
const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Bumped whenever the canonical form changes, so an old id never names a differently built snapshot. */
export const SNAPSHOT_FORMAT = 'gouden-netwerk/snapshot/2';

type CanonicalNode = [
  id: string,
  name: string,
  kind: NodeLabel,
  organisationType: string | null,
  programmeKind: string | null,
  year: number | null,
  restricted: boolean,
  documentStart: string | null,
];

type CanonicalEdge = [
  key: string,
  source: string,
  target: string,
  type: RelationshipType,
  year: number | null,
  title: string | null,
  context: string | null,
  restricted: boolean,
  evidence: [documentId: string, excerpt: string, inferred: boolean, reason: string | null][],
  documentStart: string | null,
];

/**
 * The canonical serialisation a snapshot id hashes: JSON of the format tag, then every node (sorted
 * by id) as `[id, name, kind, organisationType, programmeKind, year, restricted, documentStart]`,
 * then every relationship (sorted by key) as `[key, source, target, type, year, title, context,
 * restricted, [[document, excerpt, inferred, reason], …], documentStart]`, evidence in its stored
 * order. Absent values are null. It is independent of the file format: the GraphML, GEXF, CSV and
 * JSON exports of the same graph carry the same id, and any change to a node or relationship that an
 * export shows changes it. Weights and document lists are not written: they follow from the
 * evidence. `recordedOn` is left out on purpose: it is when the database learnt a fact, not the
 * fact, and a reseeded graph with the same facts keeps its id (an export shows it only as the
 * `start` of an item no dated document supports).
 *
 * Format 2 added `documentStart`; ids of format 1 name differently built snapshots.
 */
export function canonicalSerialisation(nodes: ExportNode[], edges: ExportEdge[]): string {
  return JSON.stringify([
    SNAPSHOT_FORMAT,
    nodes.map((n): CanonicalNode => [
      n.id,
      n.name,
      n.kind,
      n.organisationType,
      n.programmeKind,
      n.year,
      n.restricted,
      n.documentStart,
    ]),
    edges.map((e): CanonicalEdge => [
      e.key,
      e.source,
      e.target,
      e.type,
      e.year,
      e.title,
      e.context,
      e.restricted,
      e.evidence.map((ev) => [ev.documentId, ev.excerpt, ev.inferred, ev.reason]),
      e.documentStart,
    ]),
  ]);
}

const hashOf = (canonical: string) => createHash('sha256').update(canonical, 'utf8').digest('hex');

/**
 * A snapshot back from its canonical serialisation (as recorded with the snapshot, see
 * snapshot-store.ts): the same nodes and relationships, `recordedOn` unknown (null). Throws unless
 * the text is of this SNAPSHOT_FORMAT; the id is recomputed, so a text that does not hash to the
 * id it was stored under is caught by the caller comparing the two.
 */
export function parseCanonical(canonical: string): GraphSnapshot {
  const parsed = JSON.parse(canonical) as [string, CanonicalNode[], CanonicalEdge[]];
  if (!Array.isArray(parsed) || parsed[0] !== SNAPSHOT_FORMAT) {
    throw new Error(`Not a snapshot of format ${SNAPSHOT_FORMAT}`);
  }
  const nodes: ExportNode[] = parsed[1].map(
    ([id, name, kind, organisationType, programmeKind, year, restricted, documentStart]) => ({
      id,
      name,
      kind,
      organisationType,
      programmeKind,
      year,
      restricted,
      documentStart,
      recordedOn: null,
    }),
  );
  const edges: ExportEdge[] = parsed[2].map(
    ([key, source, target, type, year, title, context, restricted, pieces, documentStart]) => {
      const evidence: EvidenceRecord[] = pieces.map(([documentId, excerpt, inferred, reason]) => ({
        documentId,
        excerpt,
        inferred,
        reason,
      }));
      const documents = documentsOf(evidence);
      return {
        key,
        source,
        target,
        type,
        year,
        title,
        context,
        restricted,
        inferred: evidence.length > 0 && evidence.every((ev) => ev.inferred),
        evidence,
        documents,
        weight: documents.length,
        documentStart,
        recordedOn: null,
      };
    },
  );
  return { snapshotId: hashOf(canonical), nodes, edges };
}

/** The rows of a projection in canonical order, and their snapshot id. */
export function snapshotOf(graph: ProjectionGraph): GraphSnapshot {
  const nodes: ExportNode[] = graph
    .nodes()
    .sort(byString)
    .map((id) => {
      const a = graph.getNodeAttributes(id);
      return {
        id,
        name: a.name,
        kind: a.kind,
        organisationType: a.organisationType ?? null,
        programmeKind: a.programmeKind ?? null,
        year: a.year ?? null,
        restricted: a.restricted,
        documentStart: a.documentStart ?? null,
        recordedOn: a.recordedOn ?? null,
      };
    });
  const edges: ExportEdge[] = graph
    .edges()
    .sort(byString)
    .map((key) => {
      const a = graph.getEdgeAttributes(key);
      const documents = documentsOf(a.evidence);
      return {
        key,
        source: graph.source(key),
        target: graph.target(key),
        type: a.type,
        year: a.year ?? null,
        title: a.title ?? null,
        context: a.context ?? null,
        restricted: a.restricted,
        inferred: a.evidence.length > 0 && a.evidence.every((ev) => ev.inferred),
        evidence: a.evidence,
        documents,
        weight: documents.length,
        documentStart: a.documentStart ?? null,
        recordedOn: a.recordedOn ?? null,
      };
    });
  const canonical = canonicalSerialisation(nodes, edges);
  return { snapshotId: hashOf(canonical), nodes, edges, canonical };
}
