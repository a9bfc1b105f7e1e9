import { serviceSuite } from '../support/service-suite';
import type { EdgeShape, NodeShape } from '../support/network';

interface Neighbourhood {
  nodes: NodeShape[];
  edges: EdgeShape[];
  truncated: boolean;
}

const NEIGHBOURHOOD = `
  query Neighbourhood($id: ID!, $depth: Int, $types: [RelationshipType!], $kinds: [NodeKind!], $limit: Int) {
    neighbourhood(id: $id, depth: $depth, types: $types, kinds: $kinds, limit: $limit) {
      truncated
      nodes { id name kind }
      edges {
        key type from to
        source { id } target { id }
        evidence { excerpt inferred document { id name } }
      }
    }
  }
`;

/** The edges' ends are among the nodes, `source`/`target` are `from`/`to`, nothing is repeated. */
function expectWellFormed(n: Neighbourhood): void {
  const ids = n.nodes.map((node) => node.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(new Set(n.edges.map((e) => e.key)).size).toBe(n.edges.length);
  for (const edge of n.edges) {
    expect(ids).toContain(edge.from);
    expect(ids).toContain(edge.to);
    expect(edge.source.id).toBe(edge.from);
    expect(edge.target.id).toBe(edge.to);
  }
}

describe('neighbourhood', () => {
  const suite = serviceSuite();
  const neighbourhood = async (variables: Record<string, unknown>) => {
    const response = await suite.service.post<{ neighbourhood: Neighbourhood }>(NEIGHBOURHOOD, variables);
    expect(response.status).toBe(200);
    return response;
  };
  const ok = async (variables: Record<string, unknown>): Promise<Neighbourhood> => {
    const { body } = await neighbourhood(variables);
    expect(body.errors).toBeUndefined();
    expectWellFormed(body.data!.neighbourhood);
    return body.data!.neighbourhood;
  };

  it('of Delft at depth 1 holds Kwadraad, joined by NOMINATED_BY with its evidence', async () => {
    const n = await ok({ id: 'municipality:delft' });
    expect(n.nodes[0].id).toBe('municipality:delft');
    expect(n.nodes.map((node) => node.id)).toContain('org:kwadraad');
    const nominated = n.edges.find(
      (e) => e.type === 'NOMINATED_BY' && e.from === 'municipality:delft' && e.to === 'org:kwadraad',
    );
    expect(nominated).toBeDefined();
    expect(nominated!.evidence.length).toBeGreaterThan(0);
    for (const evidence of nominated!.evidence) {
      expect(evidence.excerpt.length).toBeGreaterThan(0);
      expect(evidence.document.id).toMatch(/^document:/);
      expect(evidence.document.name.length).toBeGreaterThan(0);
    }
    // Depth 1: every other node is a neighbour of Delft; the edges also join neighbours to each
    // other (the induced subgraph, as NetworkX ego_graph).
    const neighbours = new Set(
      n.edges.flatMap((e) => [e.from, e.to].filter(() => [e.from, e.to].includes('municipality:delft'))),
    );
    for (const node of n.nodes) expect(neighbours).toContain(node.id);
    expect(n.edges.some((e) => ![e.from, e.to].includes('municipality:delft'))).toBe(true);
    expect(n.truncated).toBe(false);
  });

  it('at depth 2 is a superset of depth 1, and at depth 3 of depth 2', async () => {
    const one = await ok({ id: 'municipality:delft', depth: 1 });
    const two = await ok({ id: 'municipality:delft', depth: 2 });
    const three = await ok({ id: 'municipality:delft', depth: 3 });
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    expect(two.nodes.map((x) => x.id)).toEqual(expect.arrayContaining(one.nodes.map((x) => x.id)));
    expect(two.edges.map((x) => x.key)).toEqual(expect.arrayContaining(one.edges.map((x) => x.key)));
    expect(three.nodes.map((x) => x.id)).toEqual(expect.arrayContaining(two.nodes.map((x) => x.id)));
    expect(three.edges.map((x) => x.key)).toEqual(expect.arrayContaining(two.edges.map((x) => x.key)));
  });

  it('orders nodes nearest first, then by name, and answers the same every time', async () => {
    const first = await ok({ id: 'municipality:delft', depth: 2 });
    const second = await ok({ id: 'municipality:delft', depth: 2 });
    expect(second).toEqual(first);
    const depthOne = new Set((await ok({ id: 'municipality:delft' })).nodes.map((x) => x.id));
    const distance = (id: string) => (id === 'municipality:delft' ? 0 : depthOne.has(id) ? 1 : 2);
    const keys = first.nodes.map((x) => [distance(x.id), x.name, x.id] as const);
    const sorted = [...keys].sort((a, b) =>
      a[0] !== b[0] ? a[0] - b[0] : a[1] !== b[1] ? (a[1] < b[1] ? -1 : 1) : a[2] < b[2] ? -1 : 1,
    );
    expect(keys).toEqual(sorted);
    const edgeKeys = first.edges.map((e) => e.key);
    expect(edgeKeys).toEqual([...edgeKeys].sort());
  });

  it('follows only the relationship types asked for', async () => {
    const types = ['NOMINATED_BY', 'PARTNERS_WITH'];
    const n = await ok({ id: 'municipality:delft', depth: 2, types });
    expect(n.edges.length).toBeGreaterThan(0);
    for (const edge of n.edges) expect(types).toContain(edge.type);
    expect(n.nodes.map((x) => x.id)).toContain('org:kwadraad');
    // Documents are reached only through MENTIONS, QUOTED_IN or PUBLISHED_BY.
    expect(n.nodes.filter((x) => x.kind === 'Document')).toEqual([]);

    const nominatedOnly = await ok({ id: 'municipality:delft', types: ['NOMINATED_BY'] });
    expect(nominatedOnly.nodes.map((x) => x.id)).toEqual(['municipality:delft', 'org:kwadraad']);
    expect(nominatedOnly.edges.map((e) => e.type)).toEqual(['NOMINATED_BY']);
  });

  it('walks only through the kinds asked for, the centre always included', async () => {
    const n = await ok({ id: 'municipality:delft', depth: 2, kinds: ['Organisation'] });
    expect(n.nodes[0].id).toBe('municipality:delft');
    expect(n.nodes.length).toBeGreaterThan(1);
    for (const node of n.nodes.slice(1)) expect(node.kind).toBe('Organisation');
  });

  it('stops at `limit` nodes, nearest first, and says it was truncated', async () => {
    const whole = await ok({ id: 'municipality:delft', depth: 2 });
    const cut = await ok({ id: 'municipality:delft', depth: 2, limit: 5 });
    expect(cut.truncated).toBe(true);
    expect(cut.nodes).toEqual(whole.nodes.slice(0, 5));
    const kept = new Set(cut.nodes.map((x) => x.id));
    expect(cut.edges).toEqual(whole.edges.filter((e) => kept.has(e.from) && kept.has(e.to)));
  });

  it('makes the same few round trips however large the neighbourhood', async () => {
    const small = await neighbourhood({ id: 'municipality:delft', depth: 1 });
    const large = await neighbourhood({ id: 'municipality:delft', depth: 3 });
    expect(large.body.data!.neighbourhood.nodes.length).toBeGreaterThan(
      small.body.data!.neighbourhood.nodes.length * 5,
    );
    // One for the walk, with the documents its evidence cites.
    expect(small.body.extensions?.roundTrips).toBe(1);
    expect(large.body.extensions?.roundTrips).toBe(1);
  });

  it.each([
    [{ depth: 4 }, 'depth', /depth must be at most 3/],
    [{ depth: 0 }, 'depth', /depth must be at least 1/],
    [{ limit: 501 }, 'limit', /limit must be at most 500/],
    [{ limit: 0 }, 'limit', /limit must be at least 1/],
    [{ id: 'Delft' }, 'id', /id must be a node id/],
    [{ id: `municipality:${'x'.repeat(300)}` }, 'id', /at most 200 characters/],
  ])('refuses %j with BAD_USER_INPUT before touching the database', async (args, argument, message) => {
    const { body } = await neighbourhood({ id: 'municipality:delft', ...args });
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0].extensions?.argumentName).toBe(argument);
    expect(body.errors?.[0].message).toMatch(message);
    expect(body.extensions?.roundTrips).toBe(0);
  });

  it('answers NOT_FOUND for an unknown id, and alike for a node the viewer may not see', async () => {
    const unknown = await neighbourhood({ id: 'municipality:atlantis' });
    expect(unknown.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(unknown.body.errors?.[0].extensions?.argumentName).toBe('id');
    expect(unknown.body.errors?.[0].message).toBe('No node with id "municipality:atlantis"');
    const restricted = await neighbourhood({ id: 'person:bart-van-grinsven' });
    expect(restricted.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(restricted.body.errors?.[0].message).toBe('No node with id "person:bart-van-grinsven"');
    expect(restricted.body.data).toBeNull();
  });
});
