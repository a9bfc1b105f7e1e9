import { exampleOperations } from '../../src/server/examples';
import { startTestServer } from '../support/server';
import { serviceSuite } from '../support/service-suite';

const QUERY = `query Recipients($first: Int!) {
  municipalities(first: $first, filter: { awardYear: 2017 }) {
    edges { node {
      id
      nominatedBy { node { name } evidence { excerpt document { title } } }
      partners { node { id } }
      people { title node { name quotes { node { text } } } }
    } }
  }
}`;

interface Result {
  municipalities: {
    edges: {
      node: { nominatedBy: unknown[]; partners: unknown[]; people: { node: { quotes: unknown[] } }[] };
    }[];
  };
}

function itemsIn(data: Result): number {
  return data.municipalities.edges.reduce(
    (sum, { node }) =>
      sum +
      1 +
      node.nominatedBy.length +
      node.partners.length +
      node.people.reduce((s, p) => s + 1 + p.node.quotes.length, 0),
    0,
  );
}

describe('Cypher round trips per request', () => {
  const suite = serviceSuite();

  it('do not grow with the number of municipalities, nominators, partners and quotes returned', async () => {
    const observed: { first: number; items: number; roundTrips: number }[] = [];
    for (const first of [3, 6, 10]) {
      const { body } = await suite.service.post<Result>(QUERY, { first });
      expect(body.errors).toBeUndefined();
      observed.push({ first, items: itemsIn(body.data!), roundTrips: body.extensions?.roundTrips as number });
    }
    // The results grow with `first` …
    expect(observed[0].items).toBeLessThan(observed[1].items);
    expect(observed[1].items).toBeLessThan(observed[2].items);
    // … the round trips do not: the root field compiles to one statement that returns the page with
    // its nominators, evidence documents, partners, people and their quotes.
    expect(observed.map((o) => o.roundTrips)).toEqual([1, 1, 1]);
  });

  it.each(Object.entries(exampleOperations()))(
    'example %s: one round trip per root field',
    async (_file, query) => {
      const { body } = await suite.service.post(query);
      expect(body.errors).toBeUndefined();
      const rootFields = Object.keys(body.data!).length;
      expect(rootFields).toBeGreaterThan(0);
      expect(body.extensions?.roundTrips).toBe(rootFields);
    },
  );

  it('shows the statements it ran in development, names and parameters without their values', async () => {
    const development = await startTestServer(suite.database, { NODE_ENV: 'development' });
    const { body } = await development.post(QUERY, { first: 3 }).finally(() => development.server.stop());
    const cypher = body.extensions?.cypher as { name: string; cypher: string; parameters: string[] }[];
    expect(cypher.map((s) => s.name)).toEqual(['compiled/municipalities']);
    expect(cypher[0].cypher).toMatch(/^CALL \(\) \{/);
    expect(cypher[0].cypher).toContain('COLLECT { MATCH (n)-[r');
    expect(cypher[0].parameters).toContain('seeRestricted');
    expect(JSON.stringify(cypher)).not.toContain('2017');
  });
});
