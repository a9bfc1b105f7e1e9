import DataLoader from 'dataloader';
import type { RequestDb } from '../../db/request-db';
import type { NodeLabel, RelationshipType } from '../model';
import type { Keyset } from './cursor';
import type { Direction } from './enums';
import type { NodeRecord, RelationshipRecord } from './records';
import { toNodeRecord, toRelationshipRecord } from './to-records';
import type { Viewer } from './viewer';

/** Which relationships to follow from a node: types, direction and the kinds at the other end. */
export interface RelatedSpec {
  types: RelationshipType[];
  direction: Direction;
  labels: NodeLabel[];
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

/**
 * Per-request DataLoaders. Each batches every `load` of one tick into a single `UNWIND $ids`
 * query, so the round trips of a request grow with its depth, never with the size of its result.
 */
export class Loaders {
  readonly nodeById: DataLoader<string, NodeRecord | null>;
  readonly documentText: DataLoader<string, DocumentText | null>;
  private readonly relatedLoaders = new Map<string, DataLoader<string, RelationshipRecord[]>>();
  private readonly countLoaders = new Map<string, DataLoader<string, number>>();

  constructor(
    private readonly db: RequestDb,
    private readonly viewer: Viewer,
  ) {
    const seeRestricted = viewer.seeRestricted;
    this.nodeById = new DataLoader(async (ids) => {
      const rows = await db.read('node/by-ids', { ids, seeRestricted });
      return inKeyOrder(ids, rows, (row) => toNodeRecord(row.node as Row, viewer), null);
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

  /** Relationships of the given spec, `limit` per node, after an optional keyset cursor. */
  related(spec: RelatedSpec, limit: number, after?: Keyset): DataLoader<string, RelationshipRecord[]> {
    const signature = JSON.stringify([spec, limit, after ?? null]);
    let loader = this.relatedLoaders.get(signature);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = await this.db.read('relationship/related', {
          ids,
          ...spec,
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
            (row.items as { rel: Row; node: Row }[]).map((item) => toRelationshipRecord(item, this.viewer)),
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
        const rows = await this.db.read('relationship/related-count', {
          ids,
          ...spec,
          seeRestricted: this.viewer.seeRestricted,
        });
        return inKeyOrder(ids, rows, (row) => row.total as number, 0);
      });
      this.countLoaders.set(signature, loader);
    }
    return loader;
  }
}
