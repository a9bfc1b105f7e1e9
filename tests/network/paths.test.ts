import { serviceSuite } from '../support/service-suite';
import { cypher } from '../support/graph-snapshot';
import { AUTH_ENV, TOKENS, bearer } from '../support/tokens';
import {
  EDGE_FIELDS,
  type EdgeShape,
  NODE_FIELDS,
  type NodeShape,
  expectNothingRestricted,
} from '../support/network';

interface Path {
  length: number;
  nodes: NodeShape[];
  edges: EdgeShape[];
}

const PATH_FIELDS = `length nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} }`;
const SHORTEST = `
  query Shortest($from: ID!, $to: ID!, $types: [RelationshipType!], $maxLength: Int) {
    shortestPath(from: $from, to: $to, types: $types, maxLength: $maxLength) { ${PATH_FIELDS} }
  }
`;
const ALL_SHORTEST = `
  query AllShortest($from: ID!, $to: ID!, $types: [RelationshipType!], $maxLength: Int, $limit: Int) {
    allShortestPaths(from: $from, to: $to, types: $types, maxLength: $maxLength, limit: $limit) {
      ${PATH_FIELDS}
    }
  }
`;

/**
 * A path goes from `from` to `to`, hop by hop: edge i joins node i and node i + 1 (either way),
 * consecutive edges share a node, and every hop has evidence whose document resolves.
 */
function expectChain(path: Path, from: string, to: string): void {
  expect(path.length).toBeGreaterThan(0);
  expect(path.edges).toHaveLength(path.length);
  expect(path.nodes).toHaveLength(path.length + 1);
  expect(path.nodes[0].id).toBe(from);
  expect(path.nodes.at(-1)!.id).toBe(to);
  expect(new Set(path.nodes.map((n) => n.id)).size).toBe(path.nodes.length);
  path.edges.forEach((edge, i) => {
    expect([edge.from, edge.to].sort()).toEqual([path.nodes[i].id, path.nodes[i + 1].id].sort());
    expect(edge.source.id).toBe(edge.from);
    expect(edge.target.id).toBe(edge.to);
    if (i > 0) {
      const previous = path.edges[i - 1];
      expect([previous.from, previous.to]).toContain(path.nodes[i].id);
      expect([edge.from, edge.to]).toContain(path.nodes[i].id);
    }
    expect(edge.evidence.length).toBeGreaterThan(0);
    for (const evidence of edge.evidence) {
      expect(evidence.excerpt.length).toBeGreaterThan(0);
      expect(evidence.document.id).toMatch(/^document:/);
      expect(evidence.document.name.length).toBeGreaterThan(0);
    }
  });
}

describe('shortestPath and allShortestPaths', () => {
  const suite = serviceSuite(AUTH_ENV);
  const shortest = (variables: Record<string, unknown>, headers?: Record<string, string>) =>
    suite.service.post<{ shortestPath: Path | null }>(SHORTEST, variables, headers);
  const all = (variables: Record<string, unknown>, headers?: Record<string, string>) =>
    suite.service.post<{ allShortestPaths: Path[] }>(ALL_SHORTEST, variables, headers);

  it('joins Delft to Meppel hop by hop, each hop with evidence whose document resolves', async () => {
    const { body } = await shortest({ from: 'municipality:delft', to: 'municipality:meppel' });
    expect(body.errors).toBeUndefined();
    const path = body.data!.shortestPath!;
    expectChain(path, 'municipality:delft', 'municipality:meppel');
    expectNothingRestricted(body);
    // One statement: the path with every field selected of its nodes (documents' texts included,
    // when it passes through one) and of its hops' evidence and the documents they cite.
    expect(body.extensions?.roundTrips).toBe(1);
  });

  it('lists all shortest paths, every one of the same, minimal length, in a stable order', async () => {
    const variables = { from: 'municipality:delft', to: 'municipality:meppel' };
    const one = (await shortest(variables)).body.data!.shortestPath!;
    const { body } = await all(variables);
    expect(body.errors).toBeUndefined();
    const paths = body.data!.allShortestPaths;
    expect(paths.length).toBeGreaterThan(1);
    for (const path of paths) {
      expect(path.length).toBe(one.length);
      expectChain(path, 'municipality:delft', 'municipality:meppel');
    }
    const signatures = paths.map((p) =>
      JSON.stringify([p.nodes.map((n) => n.id), p.edges.map((e) => e.key)]),
    );
    expect(new Set(signatures).size).toBe(paths.length);
    expect(signatures).toContain(JSON.stringify([one.nodes.map((n) => n.id), one.edges.map((e) => e.key)]));
    const again = (await all(variables)).body.data!.allShortestPaths;
    expect(again).toEqual(paths);
    const limited = (await all({ ...variables, limit: 2 })).body.data!.allShortestPaths;
    expect(limited).toEqual(paths.slice(0, 2));
  });

  it('walks only the relationship types asked for', async () => {
    const types = ['NOMINATED_BY', 'PARTNERS_WITH', 'MEMBER_OF', 'RECEIVED'];
    const { body } = await shortest({ from: 'municipality:delft', to: 'municipality:meppel', types });
    const path = body.data!.shortestPath!;
    expectChain(path, 'municipality:delft', 'municipality:meppel');
    for (const edge of path.edges) expect(types).toContain(edge.type);
    const paths = (await all({ from: 'municipality:delft', to: 'municipality:meppel', types })).body.data!
      .allShortestPaths;
    for (const p of paths) for (const edge of p.edges) expect(types).toContain(edge.type);
  });

  it('answers null (and no paths) when the ends are not connected within maxLength', async () => {
    const variables = { from: 'municipality:delft', to: 'municipality:meppel', maxLength: 1 };
    const one = await shortest(variables);
    expect(one.body.errors).toBeUndefined();
    expect(one.body.data!.shortestPath).toBeNull();
    const many = await all(variables);
    expect(many.body.errors).toBeUndefined();
    expect(many.body.data!.allShortestPaths).toEqual([]);
    // Only NOMINATED_BY: Delft reaches Kwadraad and no further.
    const cut = await shortest({
      from: 'municipality:delft',
      to: 'municipality:meppel',
      types: ['NOMINATED_BY'],
    });
    expect(cut.body.data!.shortestPath).toBeNull();
  });

  it('answers NOT_FOUND naming the argument whose node is unknown', async () => {
    const from = await shortest({ from: 'municipality:atlantis', to: 'municipality:meppel' });
    expect(from.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(from.body.errors?.[0].extensions?.argumentName).toBe('from');
    expect(from.body.errors?.[0].message).toMatch(/"from"/);
    const to = await all({ from: 'municipality:delft', to: 'org:nobody' });
    expect(to.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(to.body.errors?.[0].extensions?.argumentName).toBe('to');
    expect(to.body.errors?.[0].message).toMatch(/"to"/);
  });

  it.each([
    [{ to: 'municipality:delft' }, 'to', /to must differ from from/],
    [{ maxLength: 9 }, 'maxLength', /maxLength must be at most 8/],
    [{ maxLength: 0 }, 'maxLength', /maxLength must be at least 1/],
    [{ from: 'delft' }, 'from', /from must be a node id/],
    [{ to: "') MATCH (n) DETACH DELETE n //" }, 'to', /to must be a node id/],
  ])('refuses %j with BAD_USER_INPUT before touching the database', async (args, argument, message) => {
    for (const ask of [shortest, all]) {
      const { body } = await ask({ from: 'municipality:delft', to: 'municipality:meppel', ...args });
      expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0].extensions?.argumentName).toBe(argument);
      expect(body.errors?.[0].message).toMatch(message);
      expect(body.extensions?.roundTrips).toBe(0);
    }
    const limit = await all({ from: 'municipality:delft', to: 'municipality:meppel', limit: 101 });
    expect(limit.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(limit.body.extensions?.roundTrips).toBe(0);
  });

  it('never leads the public to or through a restricted node or relationship', async () => {
    const contact = await shortest({ from: 'municipality:leudal', to: 'person:bart-van-grinsven' });
    expect(contact.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(contact.body.errors?.[0].message).toBe(
      'No node with id "person:bart-van-grinsven" (argument "to")',
    );
    // Two gemeenten whose press contacts sit side by side in the editors' note.
    const pairs = [
      ['municipality:leudal', 'municipality:nederweert'],
      ['municipality:weert', 'region:midden-limburg'],
      ['person:mieke-pirson', 'municipality:roermond'],
    ];
    for (const [from, to] of pairs) {
      const { body } = await all({ from, to, maxLength: 8, limit: 100 });
      expect(body.errors).toBeUndefined();
      expect(body.data!.allShortestPaths.length).toBeGreaterThan(0);
      for (const path of body.data!.allShortestPaths) expectChain(path, from, to);
      expectNothingRestricted(body);
      // One shortest path: as long as all of them, and public too. The search runs unchecked first
      // and again with the checks when the path it found is not wholly public (network/shortest-path).
      const one = await shortest({ from, to, maxLength: 8 });
      expect(one.body.errors).toBeUndefined();
      expectChain(one.body.data!.shortestPath!, from, to);
      expect(one.body.data!.shortestPath!.length).toBe(body.data!.allShortestPaths[0].length);
      expectNothingRestricted(one.body);
    }
  });

  it('goes around a restricted shortcut for the public, and through it for a researcher', async () => {
    // The corpus has no restricted shortcut between public nodes, so one is made for this test: a
    // restricted relationship between two municipalities that are otherwise farther apart. The
    // unchecked search finds it first; the public answer must be the checked one.
    const [from, to] = ['municipality:delft', 'municipality:meppel'];
    const publicBefore = (await shortest({ from, to })).body.data!.shortestPath!;
    const allBefore = (await all({ from, to, limit: 100 })).body.data!.allShortestPaths;
    expect(publicBefore.length).toBeGreaterThan(1);
    await cypher(
      suite.database,
      `MATCH (a:Node {id: $from}), (b:Node {id: $to})
       CREATE (a)-[:PARTNERS_WITH {key: 'test:restricted-shortcut', restricted: true, origin: 'test'}]->(b)`,
      { from, to },
    );
    try {
      const one = (await shortest({ from, to })).body;
      expect(one.errors).toBeUndefined();
      expect(one.data!.shortestPath!.length).toBe(publicBefore.length);
      expectNothingRestricted(one);
      const many = (await all({ from, to, limit: 100 })).body;
      expect(many.data!.allShortestPaths).toEqual(allBefore);
      const researcher = (await shortest({ from, to }, bearer(TOKENS.researcher))).body;
      expect(researcher.data!.shortestPath!.length).toBe(1);
      const researcherAll = (await all({ from, to, limit: 100 }, bearer(TOKENS.researcher))).body;
      expect(researcherAll.data!.allShortestPaths.map((p) => p.length)).toEqual([1]);
    } finally {
      await cypher(suite.database, `MATCH ()-[r {key: 'test:restricted-shortcut'}]->() DELETE r`);
    }
  });

  it('does lead a researcher to a press contact (the filter is what hides it)', async () => {
    const { body } = await shortest(
      { from: 'municipality:leudal', to: 'person:bart-van-grinsven' },
      bearer(TOKENS.researcher),
    );
    expect(body.errors).toBeUndefined();
    const path = body.data!.shortestPath!;
    expect(path.length).toBe(1);
    expect(path.edges[0]).toMatchObject({ type: 'HOLDS_ROLE', from: 'person:bart-van-grinsven' });
  });
});
