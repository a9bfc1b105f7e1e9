import type { GraphQLResolveInfo } from 'graphql';
import type { GraphContext } from '../context';
import { ErrorCode, appError } from '../../db/errors';
import type { NodeLabel } from '../../model';
import type { Connection } from './connection.type';
import { decodeCursor } from './cursor';
import { NameOrder } from './enums';
import { toConnection } from './page';
import { FULL_PROJECTION, projectionFor } from './projection';
import type { NodeRecord } from './records';
import { toNodeRecord } from './to-records';

export interface ListRequest {
  /**
   * Named queries: `<kind>/page` (with `{{ORDER}}`/`{{AFTER}}`) and `<kind>/count`; without any
   * filter `<kind>/count-all` (the count store) stands in for the count.
   */
  page: string;
  count: string;
  /** Every filter parameter the queries take, null when not given. */
  filters: Record<string, unknown>;
  first: number;
  after?: string | null;
  orderBy?: NameOrder;
  /** The list field's selection: evidence and long texts are read only when a node asks for them. */
  info?: GraphQLResolveInfo;
}

/**
 * One page of a top-level list: one query for the page (keyset on name and id, `first + 1` rows),
 * and the count query only if the client selects `totalCount`.
 */
export async function listPage(
  { db, viewer }: GraphContext,
  request: ListRequest,
): Promise<Connection<{ cursor: string; node: NodeRecord }>> {
  const after = request.after ? decodeCursor(request.after) : undefined;
  const order = request.orderBy === NameOrder.NAME_DESC ? 'DESC' : 'ASC';
  const params = { ...request.filters, seeRestricted: viewer.seeRestricted };
  const projection = request.info
    ? projectionFor(request.info, { nodes: [['edges', 'node']] })
    : FULL_PROJECTION;
  const rows = await db.read(`${request.page}#${order}`, {
    ...params,
    afterName: after?.[0] ?? null,
    afterId: after?.[1] ?? null,
    limit: request.first + 1,
    nodeEvidence: projection.nodeEvidence,
    nodeTexts: projection.nodeTexts,
  });
  const unfiltered = Object.values(request.filters).every((value) => value === null);
  const count = unfiltered ? `${request.count}-all` : request.count;
  return toConnection(
    rows.map((row) => toNodeRecord(row.node as Record<string, unknown>, viewer, projection)),
    request.first,
    (node) => [node.name, node.id],
    async () => ((await db.read(count, params))[0]?.total as number) ?? 0,
  );
}

/** A node by id that must be of one kind: NOT_FOUND otherwise (also when the viewer may not see it). */
export async function nodeOfKind(
  { loaders }: GraphContext,
  id: string,
  label: NodeLabel,
): Promise<NodeRecord> {
  const node = await loaders.nodeById.load(id);
  if (!node || node.label !== label) {
    throw appError(ErrorCode.NOT_FOUND, `No ${label.toLowerCase()} with id "${id}"`, { argumentName: 'id' });
  }
  return node;
}

/** Filter values as query parameters: every key present, null when not given. */
export function filterParams<K extends string>(
  filter: Partial<Record<K, unknown>> | null | undefined,
  keys: readonly K[],
): Record<K, unknown> {
  return Object.fromEntries(keys.map((key) => [key, filter?.[key] ?? null])) as Record<K, unknown>;
}
