/**
 * Apollo Client's relayStylePagination over pages made the way the service makes them (toConnection,
 * keyset cursors on (name, id)), without a database: the client walks the list with fetchMore until
 * `hasNextPage` is false and its cache holds the whole list once, in order, with the merged pageInfo
 * Relay specifies. tests/api/relay-client.test.ts does the same against the real service.
 */
import { ApolloLink, Observable } from '@apollo/client';
import { decodeCursor, type Keyset } from '../../src/graph/records/cursor';
import { toConnection } from '../../src/graph/compile/page';
import { walkOrganisations } from '../support/relay-client';

const NAMES = ['Alzheimer DWO', 'AVRES', 'Buddy Netwerk', 'DNO', 'GGD', 'Kwadraad', 'MEE', 'NOS', 'Rotary'];
const ORGANISATIONS = NAMES.map((name) => ({ name, id: `org:${name.toLowerCase().replace(/\W+/g, '-')}` }));

type Organisation = (typeof ORGANISATIONS)[number];

const compare = (a: Keyset, b: Keyset) =>
  a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
const keysetOf = (o: Organisation): Keyset => [o.name, o.id];

/** `organisations(first, after, orderBy)` as the service answers it, over the list `stored`. */
async function answer(stored: Organisation[], variables: Record<string, unknown>) {
  const descending = variables.orderBy === 'NAME_DESC';
  const sign = descending ? -1 : 1;
  const ordered = [...stored].sort((a, b) => sign * compare(keysetOf(a), keysetOf(b)));
  const first = variables.first as number;
  const after = (variables.after as string | null | undefined) ?? null;
  const cursor = after ? decodeCursor(after) : undefined;
  const fetched = ordered
    .filter((o) => !cursor || sign * compare(keysetOf(o), cursor) > 0)
    .slice(0, first + 1);
  const page = toConnection(fetched, first, keysetOf, async () => ordered.length, {
    after,
    precedes: async () => ordered.some((o) => !!cursor && sign * compare(keysetOf(o), cursor) <= 0),
  });
  return {
    organisations: {
      __typename: 'OrganisationConnection',
      edges: page.edges.map(({ cursor: edgeCursor, node }) => ({
        __typename: 'OrganisationEdge',
        cursor: edgeCursor,
        node: { __typename: 'Organisation', ...node },
      })),
      pageInfo: {
        __typename: 'PageInfo',
        hasPreviousPage: await page.pageInfo.hasPreviousPage,
        hasNextPage: page.pageInfo.hasNextPage,
        startCursor: page.pageInfo.startCursor,
        endCursor: page.pageInfo.endCursor,
      },
      totalCount: await page.totalCount,
    },
  };
}

/** A link that answers like the service. */
function serviceLike(stored: Organisation[]) {
  return new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        answer(stored, operation.variables).then(
          (data) => {
            observer.next({ data });
            observer.complete();
          },
          (error: unknown) => observer.error(error),
        );
      }),
  );
}

describe('a Relay-style client (Apollo Client relayStylePagination) over toConnection pages', () => {
  it.each([
    [2, 'NAME_ASC'],
    [4, 'NAME_DESC'],
    [9, 'NAME_ASC'],
    [20, 'NAME_ASC'],
  ] as const)('pages %i at a time, %s, until hasNextPage is false', async (first, orderBy) => {
    const walk = await walkOrganisations(serviceLike(ORGANISATIONS), { first, orderBy });

    const expected = [...ORGANISATIONS]
      .sort((a, b) => (orderBy === 'NAME_DESC' ? -1 : 1) * compare(keysetOf(a), keysetOf(b)))
      .map((o) => o.id);
    const pages = Math.max(1, Math.ceil(expected.length / first));
    expect(walk.requests).toHaveLength(pages);
    expect(walk.requests.map((r) => r.after ?? null)).toEqual([
      null,
      ...walk.pages.slice(0, -1).map((p) => p.pageInfo.endCursor),
    ]);
    expect(walk.pages.flatMap((p) => p.ids)).toEqual(expected);
    walk.pages.forEach((page, i) => {
      expect(page.pageInfo).toEqual({
        hasPreviousPage: i > 0,
        hasNextPage: i < pages - 1,
        startCursor: page.cursors[0],
        endCursor: page.cursors.at(-1),
      });
    });
    // The cache holds the list once, in order: the first page's start, the last page's end.
    expect(walk.merged.ids).toEqual(expected);
    expect(walk.merged.pageInfo).toEqual({
      hasPreviousPage: false,
      hasNextPage: false,
      startCursor: walk.pages[0].cursors[0],
      endCursor: walk.pages.at(-1)!.cursors.at(-1),
    });
    expect(walk.merged.totalCount).toBe(expected.length);
  });

  it('reads an empty list as one page with no cursors', async () => {
    const walk = await walkOrganisations(serviceLike([]), { first: 3 });
    expect(walk.requests).toHaveLength(1);
    expect(walk.pages).toEqual([
      {
        ids: [],
        cursors: [],
        pageInfo: { hasPreviousPage: false, hasNextPage: false, startCursor: null, endCursor: null },
        totalCount: 0,
      },
    ]);
    expect(walk.merged.ids).toEqual([]);
  });
});
