import type { Connection } from './connection.type';
import { encodeCursor, type Keyset } from './cursor';

/**
 * Builds a connection from `first + 1` fetched items (the extra one only tells whether another
 * page follows). `totalCount` is a getter: the count query runs only if a client selects it.
 */
export function toConnection<T, E extends { cursor: string } = { cursor: string; node: T }>(
  fetched: T[],
  first: number,
  keyset: (item: T) => Keyset,
  count: () => Promise<number>,
  toEdge: (item: T, cursor: string) => E = (node, cursor) => ({ cursor, node }) as unknown as E,
): Connection<E> {
  const edges = fetched.slice(0, first).map((item) => toEdge(item, encodeCursor(keyset(item))));
  return {
    edges,
    pageInfo: { hasNextPage: fetched.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    get totalCount() {
      return count();
    },
  };
}
