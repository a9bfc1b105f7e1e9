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
    // … the round trips do not: one for the page, and one per relationship field level
    // (nominatedBy, evidence documents, partners, people, quotes), however many items each holds.
    expect(observed.map((o) => o.roundTrips)).toEqual([6, 6, 6]);
  });
});
