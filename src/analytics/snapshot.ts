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
}

/** Exactly what an export holds, in canonical order, and the content hash that names it. */
export interface GraphSnapshot {
  /** Hex SHA-256 of the canonical serialisation of `nodes` and `edges` (see `canonicalSerialisation`). */
  snapshotId: string;
  nodes: ExportNode[];
  edges: ExportEdge[];
}

/** Code-unit order, the same on every machine and locale. */
const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Bumped whenever the canonical form changes, so an old id never names a differently built snapshot. */
export const SNAPSHOT_FORMAT = 'gouden-netwerk/snapshot/1';

/**
 * The canonical serialisation a snapshot id hashes: JSON of the format tag, then every node (sorted
 * by id) as `[id, name, kind, organisationType, programmeKind, year, restricted]`, then every
 * relationship (sorted by key) as `[key, source, target, type, year, title, context, restricted,
 * [[document, excerpt, inferred, reason], …]]`, evidence in its stored order. Absent values are
 * null. It is independent of the file format: the GraphML, CSV and JSON exports of the same graph
 * carry the same id, and any change to a node or relationship that an export shows changes it.
 */
export function canonicalSerialisation(nodes: ExportNode[], edges: ExportEdge[]): string {
  return JSON.stringify([
    SNAPSHOT_FORMAT,
    nodes.map((n) => [n.id, n.name, n.kind, n.organisationType, n.programmeKind, n.year, n.restricted]),
    edges.map((e) => [
      e.key,
      e.source,
      e.target,
      e.type,
      e.year,
      e.title,
      e.context,
      e.restricted,
      e.evidence.map((ev) => [ev.documentId, ev.excerpt, ev.inferred, ev.reason]),
    ]),
  ]);
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
      };
    });
  const edges: ExportEdge[] = graph
    .edges()
    .sort(byString)
    .map((key) => {
      const a = graph.getEdgeAttributes(key);
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
      };
    });
  const snapshotId = createHash('sha256').update(canonicalSerialisation(nodes, edges), 'utf8').digest('hex');
  return { snapshotId, nodes, edges };
}
