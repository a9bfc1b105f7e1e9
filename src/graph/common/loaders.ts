import DataLoader from 'dataloader';
import { typedQueryName } from '../../db/query-registry';
import type { RequestDb } from '../../db/request-db';
import type { NodeLabel, RelationshipType } from '../../model';
import type { Keyset } from './cursor';
import type { Direction } from './enums';
import { FULL_PROJECTION, type Projection } from './projection';
import type { EvidenceRecord, NodeRecord, RelationshipRecord } from './records';
import { evidenceOf, toNodeRecord, toRelationshipRecord } from './to-records';
import type { Viewer } from '../../model';

/** Which relationships to follow from a node: types, direction and the kinds at the other end. */
export interface RelatedSpec {
  types: RelationshipType[];
  direction: Direction;
  labels: NodeLabel[];
}

/** What node/details returns: what a projection may leave out of a node. */
export interface NodeDetails {
  evidence: EvidenceRecord[];
  text: string | null;
  description: string | null;
}

export interface DocumentText {
  text: string;
  restrictedText: string | null;
}

type Row = Record<string, unknown>;

/** Rows keyed by `id`, put back in the order of the keys asked for (DataLoader's contract). */
function inKeyOrder<T>(ids: readonly string[], rows: Row[], value: (row: Row) => T, missing: T): T[] {
  const byId = new Map(rows.map((row) => [row.id as string, value(row)]));
  return ids.map((id) => byId.get(id) ?? missing);
}

function detailsOf(raw: Row, viewer: Viewer): NodeDetails {
  return {
    evidence: evidenceOf(raw, viewer),
    text: (raw.text as string | null) ?? null,
    description: (raw.description as string | null) ?? null,
  };
}

/**
 * Per-request DataLoaders. Each batches every `load` of one tick into a single `UNWIND $ids`
 * query, so the round trips of a request grow with its depth, never with the size of its result.
 */
export class Loaders {
  readonly documentText: DataLoader<string, DocumentText | null>;
  /** Fallbacks for what a read's projection left out (see Projection). */
  readonly nodeDetails: DataLoader<string, NodeDetails | null>;
  readonly relationshipEvidence: DataLoader<string, EvidenceRecord[] | null>;
  private readonly nodeLoaders = new Map<string, DataLoader<string, NodeRecord | null>>();
  private readonly relatedLoaders = new Map<string, DataLoader<string, RelationshipRecord[]>>();
  private readonly countLoaders = new Map<string, DataLoader<string, number>>();
  private readonly precedesLoaders = new Map<string, DataLoader<string, boolean>>();

  constructor(
    private readonly db: RequestDb,
    private readonly viewer: Viewer,
  ) {
    const seeRestricted = viewer.seeRestricted;
    this.nodeDetails = new DataLoader(async (ids) => {
      const rows = await db.read('node/details', { ids, seeRestricted });
      return inKeyOrder(ids, rows, (row) => detailsOf(row.details as Row, viewer), null);
    });
    this.relationshipEvidence = new DataLoader(async (keys) => {
      const rows = await db.read('relationship/evidence', { keys });
      const byKey = new Map(rows.map((row) => [row.key as string, evidenceOf(row.evidence as Row, viewer)]));
      return keys.map((key) => byKey.get(key) ?? null);
    });
    this.documentText = new DataLoader(async (ids) => {
      const rows = await db.read('document/texts', { ids, seeRestricted });
      return inKeyOrder(
        ids,
        rows,
        (row) => ({
          text: row.text as string,
          restrictedText: (row.restrictedText as string | null) ?? null,
        }),
        null,
      );
    });
  }

  /** Nodes by id with everything (evidence and long texts): for callers that do not know the selection. */
  get nodeById(): DataLoader<string, NodeRecord | null> {
    return this.nodes(FULL_PROJECTION);
  }

  /** Nodes by id with what `projection` asks for: one loader, so one round trip, per projection. */
  nodes(projection: Projection): DataLoader<string, NodeRecord | null> {
    const signature = JSON.stringify(projection);
    let loader = this.nodeLoaders.get(signature);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = await this.db.read('node/by-ids', {
          ids,
          ...projection,
          seeRestricted: this.viewer.seeRestricted,
        });
        return inKeyOrder(ids, rows, (row) => toNodeRecord(row.node as Row, this.viewer, projection), null);
      });
      this.nodeLoaders.set(signature, loader);
    }
    return loader;
  }

  /** Forgets every node this request read (after a write). */
  clearNodes(): void {
    for (const loader of this.nodeLoaders.values()) loader.clearAll();
    this.nodeDetails.clearAll();
    this.relationshipEvidence.clearAll();
    this.documentText.clearAll();
  }

  /**
   * Relationships of the given spec, `limit` per node, after an optional keyset cursor, with what
   * `projection` asks for (part of the signature: a loader returns one projection).
   */
  related(
    spec: RelatedSpec,
    limit: number,
    after?: Keyset,
    projection: Projection = FULL_PROJECTION,
  ): DataLoader<string, RelationshipRecord[]> {
    const signature = JSON.stringify([spec, limit, after ?? null, projection]);
    let loader = this.relatedLoaders.get(signature);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = await this.db.read(typedQueryName('relationship/related', spec.types, spec.direction), {
          ids,
          labels: spec.labels,
          ...projection,
          limit,
          afterName: after?.[0] ?? null,
          afterId: after?.[1] ?? null,
          afterKey: after?.[2] ?? '',
          seeRestricted: this.viewer.seeRestricted,
        });
        return inKeyOrder(
          ids,
          rows,
          (row) =>
            (row.items as { rel: Row; node: Row }[]).map((item) =>
              toRelationshipRecord(item, this.viewer, projection),
            ),
          [],
        );
      });
      this.relatedLoaders.set(signature, loader);
    }
    return loader;
  }

  /** How many relationships of the spec each node has (what `totalCount` reports). */
  relatedCount(spec: RelatedSpec): DataLoader<string, number> {
    const signature = JSON.stringify(spec);
    let loader = this.countLoaders.get(signature);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = await this.db.read(
          typedQueryName('relationship/related-count', spec.types, spec.direction),
          {
            ids,
            labels: spec.labels,
            seeRestricted: this.viewer.seeRestricted,
          },
        );
        return inKeyOrder(ids, rows, (row) => row.total as number, 0);
      });
      this.countLoaders.set(signature, loader);
    }
    return loader;
  }

  /**
   * Whether each node has a relationship of the spec at or before the keyset cursor `after`, the
   * one it was taken from or any before it (what `pageInfo.hasPreviousPage` reports after it).
   */
  relatedPrecedes(spec: RelatedSpec, after: Keyset): DataLoader<string, boolean> {
    const signature = JSON.stringify([spec, after]);
    let loader = this.precedesLoaders.get(signature);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = await this.db.read(
          typedQueryName('relationship/related-precedes', spec.types, spec.direction),
          {
            ids,
            labels: spec.labels,
            afterName: after[0],
            afterId: after[1],
            afterKey: after[2] ?? '',
            seeRestricted: this.viewer.seeRestricted,
          },
        );
        return inKeyOrder(ids, rows, (row) => row.precedes === true, false);
      });
      this.precedesLoaders.set(signature, loader);
    }
    return loader;
  }
}
