import { runCentrality, runCommunities } from '../../src/analytics/analytics.service';
import type { Database } from '../../src/db/database';
import { CentralityMeasure } from '../../src/analytics/centrality';
import { ANONYMOUS, type Viewer } from '../../src/model';
import { NodeLabel } from '../../src/model';
import { serviceSuite } from '../support/service-suite';
import { AUTH_ENV, TOKENS, bearer } from '../support/tokens';

const RESEARCHER: Viewer = { subject: 'test', roles: new Set(['researcher']), seeRestricted: true };

/** Restricted node ids and relationship keys, read straight from the database. */
async function restrictedFacts(database: Database): Promise<string[]> {
  const session = database.driver.session();
  try {
    const result = await session.run(
      `MATCH (n:Node) WHERE n.restricted RETURN n.id AS id
       UNION MATCH ()-[r]->() WHERE r.restricted RETURN r.key AS id`,
    );
    return result.records.map((r) => r.get('id') as string);
  } finally {
    await session.close();
  }
}

const RESTRICTED_WORDS = ['Grinsven', '0475', 'niet voor publicatie', 'communicatieadviseur'];

function expectNoRestricted(body: unknown, restricted: string[]): void {
  const json = JSON.stringify(body).toLowerCase();
  for (const needle of [...restricted, ...RESTRICTED_WORDS]) {
    expect({ needle, found: json.includes(needle.toLowerCase()) }).toEqual({ needle, found: false });
  }
}

const CENTRALITY = `
  query Centrality($measure: CentralityMeasure, $kinds: [NodeKind!], $types: [RelationshipType!], $first: Int) {
    centrality(measure: $measure, kinds: $kinds, types: $types, first: $first) {
      measure
      projection { kinds types nodeCount relationshipCount snapshotId }
      scores { rank score degree node { id name kind } }
    }
  }
`;

const COMMUNITIES = `
  query Communities($seed: Int) {
    communities(seed: $seed) {
      seed count modularity
      projection { snapshotId }
      communities { index size members { id name } }
    }
  }
`;

const SIMILAR = `
  query Similar($id: ID!, $first: Int) {
    similarMunicipalities(id: $id, first: $first) {
      municipality { id name }
      similar {
        score
        municipality { id name }
        partners { score union shared { id name } }
        themes { score union shared { id name } }
        programmeKinds { score union shared }
      }
    }
  }
`;

const INTERLOCKS = `
  query Interlocks($a: ID!, $b: ID!, $maxLength: Int) {
    interlocks(a: $a, b: $b, maxLength: $maxLength) {
      a { id } b { id } maxLength pathCount
      direct { key type from to evidence { excerpt inferred document { id } } }
      connectors {
        node { id kind } adjacentToBoth shortestPath pathCount
        links { key type from to evidence { excerpt inferred reason document { id } } }
      }
      paths { length nodes { id } edges { key type evidence { excerpt } } }
    }
  }
`;

interface Score {
  rank: number;
  score: number;
  degree: number;
  node: { id: string; name: string; kind: string };
}

describe('analytics on the seeded graph', () => {
  const suite = serviceSuite(AUTH_ENV);
  let restricted: string[];

  beforeAll(async () => {
    restricted = await restrictedFacts(suite.database);
  });

  it('ranks the network organisation of Delft above a leaf programme in degree and PageRank', async () => {
    for (const measure of [CentralityMeasure.DEGREE, CentralityMeasure.PAGERANK]) {
      const { scores } = await runCentrality(suite.database, ANONYMOUS, { measure, first: 1000 });
      const hub = scores.find((s) => s.id === 'org:delft-voor-elkaar')!;
      const leaf = scores.find((s) => s.kind === NodeLabel.Programme && s.degree === 1)!;
      expect(hub).toBeDefined();
      expect(leaf).toBeDefined();
      expect(hub.score).toBeGreaterThan(leaf.score);
      expect(hub.rank).toBeLessThan(leaf.rank);
      expect(hub.degree).toBeGreaterThanOrEqual(10);
    }
  });

  it('serves a centrality ranking over GraphQL, with the projection it ran on', async () => {
    const { body } = await suite.service.post<{
      centrality: { projection: Record<string, unknown>; scores: Score[] };
    }>(CENTRALITY, { measure: 'DEGREE', first: 5 });
    expect(body.errors).toBeUndefined();
    const { projection, scores } = body.data!.centrality;
    expect(scores).toHaveLength(5);
    expect(scores.map((s) => s.node.id)).toContain('org:delft-voor-elkaar');
    expect(scores[0].rank).toBe(1);
    expect(projection).toMatchObject({
      kinds: ['Municipality', 'Region', 'Organisation', 'Person', 'Programme'],
      snapshotId: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(projection.nodeCount).toBeGreaterThan(90);
  });

  it('gives the same communities for the same seed', async () => {
    const first = await suite.service.post(COMMUNITIES, { seed: 42 });
    const second = await suite.service.post(COMMUNITIES, { seed: 42 });
    expect(first.body.errors).toBeUndefined();
    expect(second.body.data).toEqual(first.body.data);
    const again = await runCommunities(suite.database, ANONYMOUS, { seed: 42 });
    const partition = (
      first.body.data as { communities: { count: number; communities: { members: { id: string }[] }[] } }
    ).communities;
    expect(partition.count).toBe(again.count);
    expect(partition.communities.map((c) => c.members.map((m) => m.id))).toEqual(
      again.communities.map((c) => c.members.map((m) => m.id)),
    );
    // Delft and its network organisation are in one community; Meppel is not in it.
    const delft = partition.communities.find((c) => c.members.some((m) => m.id === 'municipality:delft'))!;
    expect(delft.members.map((m) => m.id)).toContain('org:delft-voor-elkaar');
    expect(delft.members.map((m) => m.id)).not.toContain('municipality:meppel');
  });

  it('lists the municipalities like Delft with the items they share', async () => {
    const { body } = await suite.service.post<{
      similarMunicipalities: {
        municipality: { id: string };
        similar: {
          score: number;
          municipality: { id: string };
          themes: { score: number; shared: { id: string }[] };
          programmeKinds: { shared: string[] };
          partners: { shared: { id: string }[] };
        }[];
      };
    }>(SIMILAR, { id: 'municipality:delft', first: 20 });
    expect(body.errors).toBeUndefined();
    const result = body.data!.similarMunicipalities;
    expect(result.municipality.id).toBe('municipality:delft');
    expect(result.similar.length).toBeGreaterThan(0);
    for (const s of result.similar) {
      expect(s.municipality.id).not.toBe('municipality:delft');
      expect(s.score).toBeGreaterThan(0);
      const sharedCount = s.partners.shared.length + s.themes.shared.length + s.programmeKinds.shared.length;
      expect(sharedCount).toBeGreaterThan(0);
    }
    const scores = result.similar.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // Delft's programmes include the access to support ("De Toegang"), a SERVICE; Goirle's too.
    const goirle = result.similar.find((s) => s.municipality.id === 'municipality:goirle')!;
    expect(goirle.programmeKinds.shared).toContain('SERVICE');
    expect(goirle.themes.shared.length).toBeGreaterThan(0);
  });

  it('finds who connects two municipalities, with the evidence of each link', async () => {
    const { body } = await suite.service.post<{
      interlocks: {
        connectors: {
          node: { id: string };
          adjacentToBoth: boolean;
          links: { key: string; evidence: { excerpt: string; document: { id: string } }[] }[];
        }[];
        paths: { length: number; nodes: { id: string }[]; edges: { evidence: { excerpt: string }[] }[] }[];
        pathCount: number;
      };
    }>(INTERLOCKS, { a: 'municipality:alphen-aan-den-rijn', b: 'municipality:delft' });
    expect(body.errors).toBeUndefined();
    const result = body.data!.interlocks;
    // Alphen aan den Rijn partners with Sociaal Werk Nederland, which awards the prize Delft received.
    const swn = result.connectors.find((c) => c.node.id === 'org:sociaal-werk-nederland')!;
    expect(swn).toBeDefined();
    expect(swn.links.length).toBeGreaterThanOrEqual(3);
    for (const link of swn.links) {
      expect(link.evidence.length).toBeGreaterThan(0);
      expect(link.evidence[0].excerpt.length).toBeGreaterThan(0);
      expect(link.evidence[0].document.id).toMatch(/^document:/);
    }
    for (const path of result.paths) {
      expect(path.nodes[0].id).toBe('municipality:alphen-aan-den-rijn');
      expect(path.nodes.at(-1)!.id).toBe('municipality:delft');
      expect(path.length).toBeLessThanOrEqual(3);
      for (const edge of path.edges) expect(edge.evidence.length).toBeGreaterThan(0);
    }
  });

  it('finds the organisations adjacent to both Delft and its nominator, and the Delft–Meppel paths', async () => {
    const kwadraad = await suite.service.post<{
      interlocks: {
        direct: { type: string }[];
        connectors: { node: { id: string }; adjacentToBoth: boolean }[];
      };
    }>(INTERLOCKS, { a: 'municipality:delft', b: 'org:kwadraad' });
    expect(kwadraad.body.errors).toBeUndefined();
    const k = kwadraad.body.data!.interlocks;
    expect(k.direct.map((d) => d.type)).toEqual(expect.arrayContaining(['NOMINATED_BY', 'PARTNERS_WITH']));
    expect(k.connectors.find((c) => c.node.id === 'org:delft-voor-elkaar')?.adjacentToBoth).toBe(true);

    const meppel = await suite.service.post<{
      interlocks: { paths: { nodes: { id: string }[]; edges: { evidence: { excerpt: string }[] }[] }[] };
    }>(INTERLOCKS, { a: 'municipality:delft', b: 'municipality:meppel' });
    expect(meppel.body.errors).toBeUndefined();
    const paths = meppel.body.data!.interlocks.paths;
    // Both received the 2017 award: the shortest link, with the documents that say so.
    expect(paths[0].nodes.map((n) => n.id)).toEqual([
      'municipality:delft',
      'award:gouden-sociale-gemeenten-2017',
      'municipality:meppel',
    ]);
    expect(paths[0].edges.every((e) => e.evidence.length > 0)).toBe(true);
  });

  it('shows restricted facts to researchers only', async () => {
    const variables = {
      measure: 'DEGREE',
      kinds: ['Person', 'Municipality'],
      types: ['HOLDS_ROLE'],
      first: 100,
    };
    const publicResult = await suite.service.post<{ centrality: { scores: Score[] } }>(CENTRALITY, variables);
    expect(publicResult.body.errors).toBeUndefined();
    expectNoRestricted(publicResult.body, restricted);
    const researcher = await suite.service.post<{ centrality: { scores: Score[] } }>(
      CENTRALITY,
      variables,
      bearer(TOKENS.researcher),
    );
    expect(researcher.body.errors).toBeUndefined();
    expect(researcher.body.data!.centrality.scores.map((s) => s.node.id)).toContain(
      'person:bart-van-grinsven',
    );

    for (const [query, vars] of [
      [COMMUNITIES, { seed: 1 }],
      [SIMILAR, { id: 'municipality:leudal', first: 100 }],
      [INTERLOCKS, { a: 'municipality:leudal', b: 'municipality:roermond' }],
      [INTERLOCKS, { a: 'region:midden-limburg', b: 'municipality:roermond' }],
    ] as const) {
      const { body } = await suite.service.post(query, vars);
      expect(body.errors).toBeUndefined();
      expectNoRestricted(body, restricted);
    }
    // The researcher's projection is larger: it has the press contacts and their roles.
    const pub = await runCentrality(suite.database, ANONYMOUS, {
      measure: CentralityMeasure.DEGREE,
      first: 1,
    });
    const res = await runCentrality(suite.database, RESEARCHER, {
      measure: CentralityMeasure.DEGREE,
      first: 1,
    });
    expect(res.projection.nodeCount).toBeGreaterThan(pub.projection.nodeCount);
    expect(res.projection.snapshotId).not.toBe(pub.projection.snapshotId);
  });

  it('refuses bad arguments with a clear error and unknown ids with NOT_FOUND', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      [CENTRALITY, { first: 0 }, 'BAD_USER_INPUT'],
      [CENTRALITY, { first: 101 }, 'BAD_USER_INPUT'],
      [COMMUNITIES, { seed: -1 }, 'BAD_USER_INPUT'],
      [SIMILAR, { id: 'org:kwadraad' }, 'BAD_USER_INPUT'],
      [SIMILAR, { id: "municipality:delft' OR 1=1" }, 'BAD_USER_INPUT'],
      [SIMILAR, { id: 'municipality:atlantis' }, 'NOT_FOUND'],
      [INTERLOCKS, { a: 'municipality:delft', b: 'municipality:delft' }, 'BAD_USER_INPUT'],
      [INTERLOCKS, { a: 'municipality:delft', b: 'municipality:meppel', maxLength: 4 }, 'BAD_USER_INPUT'],
      [INTERLOCKS, { a: 'person:mieke-pirson', b: 'municipality:meppel' }, 'BAD_USER_INPUT'],
      [INTERLOCKS, { a: 'municipality:atlantis', b: 'municipality:meppel' }, 'NOT_FOUND'],
    ];
    for (const [query, variables, code] of cases) {
      const { body } = await suite.service.post(query, variables);
      expect({ variables, code: body.errors?.[0]?.extensions?.code }).toEqual({ variables, code });
      expect(body.errors![0].message).not.toMatch(/MATCH|cypher/i);
    }
  });
});
