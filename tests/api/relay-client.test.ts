/**
 * The lists as Relay clients use them (issue 23), over HTTP against the seeded real Neo4j: Apollo
 * Client with the relayStylePagination cache policy pages through `organisations` with fetchMore until
 * `hasNextPage` is false, and ends with every organisation the public may see, once, in order. Then
 * `hasPreviousPage` where it takes the database to know: after a cursor whose item is not (or no
 * longer) there, for a list and for the neighbours of a node that no compiled read returned.
 */
import { HttpLink } from '@apollo/client';
import { encodeCursor, type Keyset } from '../../src/graph/records/cursor';
import { data } from '../support/client';
import { walkOrganisations } from '../support/relay-client';
import { serviceSuite } from '../support/service-suite';
import { SeedGraph, byName } from './seed-graph';

const seeds = new SeedGraph();

interface PageInfo {
  hasPreviousPage: boolean;
  hasNextPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

describe('a Relay-style client over the service', () => {
  const suite = serviceSuite();

  it.each([
    [2, 'NAME_ASC'],
    [5, 'NAME_DESC'],
    [100, 'NAME_ASC'],
  ] as const)(
    'Apollo Client pages organisations %i at a time, %s, with fetchMore until hasNextPage is false',
    async (first, orderBy) => {
      const expected = byName(seeds.visible('Organisation'), orderBy);
      expect(expected.length).toBeGreaterThan(5);
      const walk = await walkOrganisations(new HttpLink({ uri: suite.service.url }), { first, orderBy });

      const pages = Math.ceil(expected.length / first);
      expect(walk.pages).toHaveLength(pages);
      // Each request continues from the page before it: `after` is that page's endCursor.
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
        expect(page.totalCount).toBe(expected.length);
      });
      // The client's cache holds the whole list once, as Relay merges pageInfo: the first page's
      // start, the last page's end.
      expect(walk.merged).toEqual({
        ids: expected,
        pageInfo: {
          hasPreviousPage: false,
          hasNextPage: false,
          startCursor: walk.pages[0].cursors[0],
          endCursor: walk.pages.at(-1)!.cursors.at(-1),
        },
        totalCount: expected.length,
      });
    },
  );

  describe('hasPreviousPage after a cursor whose item is not there', () => {
    const LIST = `query ($after: String, $orderBy: NameOrder) {
      organisations(first: 3, after: $after, orderBy: $orderBy) {
        edges { cursor node { id } }
        pageInfo { hasPreviousPage hasNextPage startCursor endCursor }
      }
    }`;
    const page = async (after: Keyset, orderBy = 'NAME_ASC') =>
      (
        await data<{
          organisations: { edges: { cursor: string; node: { id: string } }[]; pageInfo: PageInfo };
        }>(suite.service, LIST, { after: encodeCursor(after), orderBy })
      ).organisations;
    const ascending = byName(seeds.visible('Organisation'));
    const nameOf = (id: string) => seeds.nodes.get(id)!.name;

    it('before every item: the list from its start, nothing before it', async () => {
      const start = await page(['', '']);
      expect(start.edges.map((e) => e.node.id)).toEqual(ascending.slice(0, 3));
      expect(start.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    });

    it('between two items: the items before the cursor precede the page', async () => {
      const second = ascending[1];
      const between = await page([nameOf(second), `${second}~`]);
      expect(between.edges.map((e) => e.node.id)).toEqual(ascending.slice(2, 5));
      expect(between.pageInfo).toMatchObject({
        hasPreviousPage: true,
        startCursor: between.edges[0].cursor,
        endCursor: between.edges[2].cursor,
      });
    });

    it.each([
      ['NAME_ASC', ['\uffff', '']],
      ['NAME_DESC', ['', '']],
    ] as const)(
      'past the end (%s): an empty page, and the whole list precedes it',
      async (orderBy, after) => {
        const end = await page([...after], orderBy);
        expect(end).toEqual({
          edges: [],
          pageInfo: { hasPreviousPage: true, hasNextPage: false, startCursor: null, endCursor: null },
        });
      },
    );
  });

  it('pages the neighbours of a search hit (no compiled read) with hasPreviousPage', async () => {
    const id = 'org:kwadraad';
    const related = seeds.related(id, { direction: 'BOTH' });
    expect(related.length).toBeGreaterThan(4);
    const QUERY = `query ($after: String) {
      search(text: "Kwadraad", kinds: [Organisation], first: 10) {
        node { id neighbours(first: 2, after: $after) { edges { cursor key } pageInfo { hasPreviousPage hasNextPage startCursor endCursor } } }
      }
    }`;
    type Hit = {
      node: { id: string; neighbours: { edges: { cursor: string; key: string }[]; pageInfo: PageInfo } };
    };
    const neighboursOf = async (after: string | null) => {
      const { search } = await data<{ search: Hit[] }>(suite.service, QUERY, { after });
      const hit = search.find((h) => h.node.id === id);
      if (!hit) throw new Error(`search "Kwadraad" did not find ${id}`);
      return hit.node.neighbours;
    };
    const keys = related.map((r) => r.relationship.key);

    const first = await neighboursOf(null);
    expect(first.edges.map((e) => e.key)).toEqual(keys.slice(0, 2));
    expect(first.pageInfo).toEqual({
      hasPreviousPage: false,
      hasNextPage: true,
      startCursor: first.edges[0].cursor,
      endCursor: first.edges[1].cursor,
    });

    const second = await neighboursOf(first.pageInfo.endCursor);
    expect(second.edges.map((e) => e.key)).toEqual(keys.slice(2, 4));
    expect(second.pageInfo).toMatchObject({ hasPreviousPage: true, startCursor: second.edges[0].cursor });

    // A cursor before every neighbour: the start again, with nothing before it.
    const again = await neighboursOf(encodeCursor(['', '', '']));
    expect(again.edges.map((e) => e.key)).toEqual(keys.slice(0, 2));
    expect(again.pageInfo.hasPreviousPage).toBe(false);
  });
});
