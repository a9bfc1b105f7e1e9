/**
 * Every AnalyticsEdge field of interlocks answers as declared. Hostile probing found
 * `interlocks(a: "municipality:leudal", b: "region:midden-limburg") { direct { key restricted } }`
 * answering INTERNAL_SERVER_ERROR ("Cannot return null for non-nullable field
 * AnalyticsEdge.restricted") for a public edge: the simple form the analyses walk dropped the flag
 * (src/analytics/projection.ts, toSimpleUndirected; tests/unit/analytics-edge.test.ts).
 */
import type { Database } from '../../src/db/database';
import { serviceSuite } from '../support/service-suite';
import { AUTH_ENV, TOKENS, bearer } from '../support/tokens';

const PROBE =
  '{ interlocks(a: "municipality:leudal", b: "region:midden-limburg") { direct { key restricted } } }';

/** Every field AnalyticsEdge declares (schema.graphql), evidence with its document. */
const EDGE =
  'key type from to year title context restricted evidence { excerpt inferred reason document { id } }';
const EVERY_EDGE = `
  query Interlocks($a: ID!, $b: ID!) {
    interlocks(a: $a, b: $b) {
      direct { ${EDGE} }
      connectors { node { id } links { ${EDGE} } }
      paths { length edges { ${EDGE} } }
    }
  }
`;

interface Edge {
  key: string;
  type: string;
  from: string;
  to: string;
  year: number | null;
  title: string | null;
  context: string | null;
  restricted: boolean;
  evidence: { excerpt: string; inferred: boolean; reason: string | null; document: { id: string } }[];
}

interface Result {
  interlocks: {
    direct: Edge[];
    connectors: { node: { id: string }; links: Edge[] }[];
    paths: { length: number; edges: Edge[] }[];
  };
}

const edgesOf = ({ interlocks }: Result): Edge[] => [
  ...interlocks.direct,
  ...interlocks.connectors.flatMap((c) => c.links),
  ...interlocks.paths.flatMap((p) => p.edges),
];

/** The keys of the restricted relationships, read straight from the database. */
async function restrictedKeys(database: Database): Promise<Set<string>> {
  const session = database.driver.session();
  try {
    const result = await session.run('MATCH ()-[r]->() WHERE r.restricted RETURN r.key AS key');
    return new Set(result.records.map((r) => r.get('key') as string));
  } finally {
    await session.close();
  }
}

const LEUDAL_IN_MIDDEN_LIMBURG = 'municipality:leudal|MEMBER_OF|region:midden-limburg';

describe('interlocks: every AnalyticsEdge field answers as declared', () => {
  const suite = serviceSuite(AUTH_ENV);

  it('answers the probe: the public MEMBER_OF edge, not restricted', async () => {
    const { status, body } = await suite.service.post<{
      interlocks: { direct: { key: string; restricted: boolean }[] };
    }>(PROBE);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    const direct = body.data!.interlocks.direct;
    expect(direct).toContainEqual({ key: LEUDAL_IN_MIDDEN_LIMBURG, restricted: false });
    for (const edge of direct) expect(edge.restricted).toBe(false);
  });

  it.each([
    ['the public', {}],
    ['a researcher', bearer(TOKENS.researcher)],
  ])('gives %s every field of direct, links and path edges, restricted as stored', async (_who, headers) => {
    const restricted = await restrictedKeys(suite.database);
    for (const [a, b] of [
      ['municipality:leudal', 'region:midden-limburg'],
      ['municipality:alphen-aan-den-rijn', 'municipality:delft'],
    ]) {
      const { body } = await suite.service.post<Result>(EVERY_EDGE, { a, b }, headers);
      expect(body.errors).toBeUndefined();
      const edges = edgesOf(body.data!);
      expect(edges.length).toBeGreaterThan(0);
      for (const edge of edges) {
        expect(typeof edge.key).toBe('string');
        expect(typeof edge.type).toBe('string');
        expect(edge.from).toMatch(/^[a-z]+:/);
        expect(edge.to).toMatch(/^[a-z]+:/);
        expect(edge).toHaveProperty('year');
        expect(edge).toHaveProperty('title');
        expect(edge).toHaveProperty('context');
        expect({ key: edge.key, restricted: edge.restricted }).toEqual({
          key: edge.key,
          restricted: restricted.has(edge.key),
        });
        expect(edge.evidence.length).toBeGreaterThan(0);
        for (const evidence of edge.evidence) expect(evidence.document.id).toMatch(/^document:/);
      }
    }
  });
});
