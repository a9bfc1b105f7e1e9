import type { Connection } from '../types/connection.type';
import { encodeCursor, type Keyset } from '../records/cursor';

/**
 * What a read knows about the items before its page, for `pageInfo.hasPreviousPage`: the `after`
 * argument as given, and whether an item of the list is at or before that cursor (its own item, or
 * any the list shows before it). `precedes` is asked only when `after` was given and a client selects
 * `hasPreviousPage`, at most once per connection.
 */
export interface Preceding {
  after: string | null | undefined;
  precedes: () => Promise<boolean>;
}

/**
 * Builds a connection from `first + 1` fetched items (the extra one only tells whether another
 * page follows). `totalCount` and `pageInfo.hasPreviousPage` are getters: the count query, and the
 * check whether an item precedes the page, run only if a client selects them. Lists page forward
 * (keyset cursors), so `hasPreviousPage` is true exactly when `after` was given and an item precedes.
 */
export function toConnection<T, E extends { cursor: string } = { cursor: string; node: T }>(
  fetched: T[],
  first: number,
  keyset: (item: T) => Keyset,
  count: () => Promise<number>,
  { after, precedes }: Preceding,
  toEdge: (item: T, cursor: string) => E = (node, cursor) => ({ cursor, node }) as unknown as E,
): Connection<E> {
  const edges = fetched.slice(0, first).map((item) => toEdge(item, encodeCursor(keyset(item))));
  let preceded: Promise<boolean> | undefined;
  return {
    edges,
    pageInfo: {
      get hasPreviousPage() {
        preceded ??= after ? precedes() : Promise.resolve(false);
        return preceded;
      },
      hasNextPage: fetched.length > first,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    get totalCount() {
      return count();
    },
  };
}
