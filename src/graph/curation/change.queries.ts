import { ErrorCode, appError } from '../../db/errors';
import type { Viewer } from '../../model';
import type { AuditAction } from './audit-action';
import { ChangeEntity, type ChangeItem, ChangeOp, storedChanges } from './change';
import type { GraphChange } from './change.type';

type Row = Record<string, unknown>;

/** What the feed reads with: a request's handle or the service's database (the live feed's poller). */
export interface FeedReader {
  read(name: string, params?: Record<string, unknown>): Promise<Row[]>;
}

/** A stored event, before it is shown to anyone. */
export interface StoredChange {
  seq: number;
  at: string;
  action: AuditAction;
  actor: string;
  summary: string;
  items: ChangeItem[];
}

export function toStoredChange(raw: Row): StoredChange {
  return {
    seq: Number(raw.seq),
    at: String(raw.at),
    action: raw.action as AuditAction,
    actor: raw.actor as string,
    summary: raw.summary as string,
    items: storedChanges(raw),
  };
}

export async function newestSeq(reader: FeedReader): Promise<number> {
  return Number((await reader.read('changes/newest'))[0]?.seq ?? 0);
}

/**
 * The event number a feed starts after: a number as given (not past the newest), the last event
 * before a time, or the number an export's snapshot was taken at. Anything else is refused.
 */
export async function resolveSince(
  reader: FeedReader,
  since: string | null | undefined,
  field = 'since',
): Promise<number> {
  if (since === null || since === undefined) return 0;
  const refuse = (message: string) =>
    appError(ErrorCode.BAD_USER_INPUT, `Invalid argument: ${field}: ${message}`, {
      argumentName: field,
      fields: [{ field, messages: [message] }],
    });
  if (/^\d+$/.test(since)) {
    const seq = Number(since);
    const newest = await newestSeq(reader);
    if (seq > newest) throw refuse(`there is no event ${seq} yet (the newest is ${newest})`);
    return seq;
  }
  if (/^[0-9a-f]{64}$/.test(since)) {
    const [snapshot] = await reader.read('changes/snapshot', { id: since });
    if (!snapshot) throw refuse('no export was recorded with this snapshot id');
    return Number(snapshot.seq);
  }
  if (Number.isNaN(Date.parse(since))) throw refuse('not a valid ISO 8601 time');
  const [row] = await reader.read('changes/seq-before', { at: since });
  return Number(row?.seq ?? 0);
}

/** Events after `after`, oldest first, at most `limit`. */
export async function readChanges(reader: FeedReader, after: number, limit: number): Promise<StoredChange[]> {
  const rows = await reader.read('changes/page', { after, limit });
  return rows.map((row) => toStoredChange(row.event as Row));
}

/** Which of the items' nodes and relationships exist now, and whether this viewer may see them. */
async function visibility(
  reader: FeedReader,
  viewer: Viewer,
  items: ChangeItem[],
): Promise<Map<string, boolean>> {
  const nodes = [...new Set(items.filter((i) => i.entity === ChangeEntity.NODE).map((i) => i.id))];
  const relationships = [
    ...new Map(
      items.filter((i) => i.entity !== ChangeEntity.NODE).map((i) => [i.id, { key: i.id, type: i.kind }]),
    ).values(),
  ];
  const seeRestricted = viewer.seeRestricted;
  const rows = [
    ...(nodes.length ? await reader.read('changes/visible-nodes', { ids: nodes, seeRestricted }) : []),
    ...(relationships.length
      ? await reader.read('changes/visible-relationships', { rows: relationships, seeRestricted })
      : []),
  ];
  return new Map(rows.map((row) => [row.id as string, Boolean(row.visible)]));
}

/**
 * The events as this viewer may see them. Researchers and editors see everything as recorded. The
 * public sees an item only while what it names exists and is public; one that became restricted
 * (or is gone) shows as REMOVED with its id and kind only; one added restricted, never; and an event
 * with nothing left to show is left out. Who made it and its summary are never shown to the public.
 */
export async function forViewer(
  reader: FeedReader,
  viewer: Viewer,
  events: StoredChange[],
): Promise<GraphChange[]> {
  if (viewer.seeRestricted) {
    return events.map((event) => ({ ...event, items: event.items.map(publicShape) }));
  }
  const visible = await visibility(
    reader,
    viewer,
    events.flatMap((event) => event.items),
  );
  return events.flatMap((event) => {
    const items = event.items.flatMap((item): ChangeItem[] => {
      const shown = visible.get(item.id) === true && !item.restricted;
      if (item.op === ChangeOp.REMOVED) return [item];
      if (shown) return [item];
      // It was there for the public and is not now: gone, as far as the public may know.
      if (item.op === ChangeOp.CHANGED && item.entity !== ChangeEntity.EVIDENCE) {
        return [{ ...item, op: ChangeOp.REMOVED }];
      }
      return [];
    });
    if (items.length === 0) return [];
    return [{ ...event, actor: null, summary: null, items: items.map(publicShape) }];
  });
}

function publicShape({ op, entity, id, kind }: ChangeItem) {
  return { op, entity, id, kind };
}
