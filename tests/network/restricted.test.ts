import { serviceSuite } from '../support/service-suite';
import { AUTH_ENV, TOKENS, bearer } from '../support/tokens';
import {
  EDGE_FIELDS,
  type EdgeShape,
  NODE_FIELDS,
  type NodeShape,
  RESTRICTED_PEOPLE,
  countNodes,
  expectNothingRestricted,
} from '../support/network';

const NEIGHBOURHOOD = `
  query Neighbourhood($id: ID!, $depth: Int, $limit: Int) {
    neighbourhood(id: $id, depth: $depth, limit: $limit) {
      truncated nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} }
    }
  }
`;

interface Neighbourhood {
  nodes: NodeShape[];
  edges: EdgeShape[];
  truncated: boolean;
}

const INJECTIONS = [
  "') MATCH (n) DETACH DELETE n //",
  '"}) MATCH (n) DETACH DELETE n //',
  "municipality:delft' OR 1=1 //",
  'municipality:delft}) DETACH DELETE n //',
  'x` DETACH DELETE n //',
];

describe('restricted facts and injection in network walks', () => {
  const suite = serviceSuite(AUTH_ENV);
  const neighbourhood = (variables: Record<string, unknown>, headers?: Record<string, string>) =>
    suite.service.post<{ neighbourhood: Neighbourhood }>(NEIGHBOURHOOD, variables, headers);

  it('keeps the press contacts out of every public neighbourhood around them', async () => {
    for (const id of ['municipality:leudal', 'region:midden-limburg', 'document:000-22230f0f29cf03ba']) {
      const { body } = await neighbourhood({ id, depth: 3, limit: 500 });
      expect(body.errors).toBeUndefined();
      const n = body.data!.neighbourhood;
      expect(n.truncated).toBe(false);
      expect(n.nodes.length).toBeGreaterThan(100);
      for (const person of RESTRICTED_PEOPLE) expect(n.nodes.map((x) => x.id)).not.toContain(person);
      // The restricted PUBLISHED_BY (its only evidence is the editors' note) is left out too.
      expect(n.edges.filter((e) => e.type === 'PUBLISHED_BY' && e.to === 'region:midden-limburg')).toEqual(
        [],
      );
      expectNothingRestricted(body);
    }
  });

  it('shows them to a researcher (the filter is what hides them)', async () => {
    const { body } = await neighbourhood({ id: 'municipality:leudal', depth: 1 }, bearer(TOKENS.researcher));
    expect(body.errors).toBeUndefined();
    const n = body.data!.neighbourhood;
    expect(n.nodes.map((x) => x.id)).toContain('person:bart-van-grinsven');
    expect(n.edges).toContainEqual(
      expect.objectContaining({
        type: 'HOLDS_ROLE',
        from: 'person:bart-van-grinsven',
        to: 'municipality:leudal',
      }),
    );
  });

  it('refuses ids carrying Cypher with a clean error, and changes nothing', async () => {
    const before = await countNodes(suite.database);
    for (const id of INJECTIONS) {
      const walks = [
        await neighbourhood({ id }),
        await suite.service.post(
          `query($id: ID!) { shortestPath(from: $id, to: "municipality:delft") { length } }`,
          {
            id,
          },
        ),
        await suite.service.post(
          `query($id: ID!) { allShortestPaths(from: "municipality:delft", to: $id) { length } }`,
          {
            id,
          },
        ),
      ];
      for (const { status, body } of walks) {
        expect(status).toBe(200);
        expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        expect(body.errors?.[0].message).toMatch(/must be a node id/);
        expect(JSON.stringify(body.errors)).not.toMatch(/MATCH|DETACH|cypher|neo4j/i);
        expect(body.extensions?.roundTrips).toBe(0);
      }
    }
    for (const text of INJECTIONS) {
      const { status, body } = await suite.service.post<{ search: unknown[] }>(
        `query($text: String!) { search(text: $text) { node { id } snippet } }`,
        { text },
      );
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(Array.isArray(body.data!.search)).toBe(true);
    }
    expect(await countNodes(suite.database)).toBe(before);
    expect(before).toBeGreaterThan(100);
  });
});
