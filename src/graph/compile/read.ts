import type { GraphQLResolveInfo } from 'graphql';
import { ErrorCode, appError } from '../../db/errors';
import type { NameOrder, NodeLabel, RelationshipType } from '../../model';
import type { GraphContext } from './context';
import type { Connection } from '../types/connection.type';
import { decodeCursor } from '../records/cursor';
import { toConnection } from './page';
import type { NodeRecord } from '../records/records';
import { compileById, compileLink, compileList } from './roots';
import { rootTree } from './selection';

/**
 * The compiled reads of the root fields: one statement each, returning the whole selected tree;
 * the fields below resolve from the returned records (see NodeCompiler) with no further round trip.
 */
export async function readById(
  { db, viewer }: GraphContext,
  info: GraphQLResolveInfo,
  id: string,
  kind?: NodeLabel,
): Promise<NodeRecord> {
  const read = compileById(rootTree(info), id, viewer.seeRestricted, kind);
  const rows = await db.read(read, read.params);
  const node = rows[0]?.node as NodeRecord | undefined;
  if (!node) {
    const what = kind ? kind.toLowerCase() : 'node';
    throw appError(ErrorCode.NOT_FOUND, `No ${what} with id "${id}"`, { argumentName: 'id' });
  }
  return node;
}

export interface ListArgs {
  first: number;
  after?: string | null;
  orderBy: NameOrder;
  filter?: object | null;
}

export async function readList(
  { db, viewer }: GraphContext,
  info: GraphQLResolveInfo,
  kind: NodeLabel,
  args: ListArgs,
): Promise<Connection<{ cursor: string; node: NodeRecord }>> {
  const after = args.after ? decodeCursor(args.after) : undefined;
  const filter = (args.filter ?? null) as Record<string, unknown> | null;
  const read = compileList(
    rootTree(info),
    { kind, filter, first: args.first, after, orderBy: args.orderBy },
    viewer.seeRestricted,
  );
  const [row] = await db.read(read, read.params);
  const items = (row?.items as NodeRecord[] | undefined) ?? [];
  const total = (row?.total as number | undefined) ?? 0;
  return toConnection(
    items,
    args.first,
    (node) => [node.name, node.id],
    async () => total,
    { after: args.after, precedes: async () => compiledPrecedes(row, read.name) },
  );
}

/** A relationship by key (after `link` wrote it), with its ends and evidence as selected. */
export async function readLink(
  { db, viewer }: GraphContext,
  info: GraphQLResolveInfo,
  key: string,
  type: RelationshipType,
): Promise<Record<string, unknown>> {
  const read = compileLink(rootTree(info), key, type, viewer.seeRestricted);
  const [row] = await db.read(read, read.params);
  if (!row) throw appError(ErrorCode.NOT_FOUND, `No relationship with key "${key}"`, { argumentName: 'key' });
  return row.link as Record<string, unknown>;
}

/**
 * `precedes` of a compiled read: the statement returns it whenever a cursor was given and
 * `hasPreviousPage` is selected, the only times it is asked for.
 */
export function compiledPrecedes(compiled: Record<string, unknown> | undefined, name: string): boolean {
  const precedes = compiled?.precedes;
  if (typeof precedes !== 'boolean') throw new Error(`${name} did not return whether an item precedes`);
  return precedes;
}
