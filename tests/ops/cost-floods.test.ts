/**
 * Floods of analyses and walks are refused by the cost estimate, before the database. Hostile
 * probing found 30 aliases of `centrality(measure: BETWEENNESS, first: 100)` (1.1 s of work) and of
 * `neighbourhood(id: "region:midden-limburg", depth: 3, limit: 500)` (2.1 s) accepted. An analysis now
 * costs more than half the budget (one per request) and a walk the work its arguments allow
 * (src/analytics/analytics.resolver.ts, src/network/network.limits.ts; tests/unit/cost-model.test.ts):
 * both floods, and two analyses in one request, get 400 QUERY_TOO_COMPLEX with no round trip and no
 * database session opened, while one of each is answered.
 */
import { connectTestDatabase } from '../support/database';
import { serviceSuite } from '../support/service-suite';

const aliased = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

const CENTRALITY = 'centrality(measure: BETWEENNESS, first: 100) { scores { rank score node { id } } }';
const NEIGHBOURHOOD = 'neighbourhood(id: "region:midden-limburg", depth: 3, limit: 500) { nodes { id } }';

describe('floods of analyses and walks', () => {
  let sessions = 0;
  const suite = serviceSuite(
    {},
    {
      connect: () => {
        const database = connectTestDatabase();
        // Every session the driver opens, whatever opens it: "before the database" means none.
        const open = database.driver.session.bind(database.driver);
        database.driver.session = ((...args: Parameters<typeof open>) => {
          sessions++;
          return open(...args);
        }) as typeof database.driver.session;
        return database;
      },
    },
  );

  it('answers one centrality and one neighbourhood, reaching the database', async () => {
    for (const field of [CENTRALITY, NEIGHBOURHOOD]) {
      const opened = sessions;
      const { status, body } = await suite.service.post(`{ ${field} }`);
      expect(body.errors).toBeUndefined();
      expect(status).toBe(200);
      expect(body.extensions?.roundTrips).toBeGreaterThan(0);
      expect(sessions).toBeGreaterThan(opened);
    }
  });

  it.each([
    ['30 × centrality(BETWEENNESS, first: 100)', aliased(30, CENTRALITY)],
    ['30 × neighbourhood(depth: 3, limit: 500)', aliased(30, NEIGHBOURHOOD)],
    ['two analyses', '{ centrality(first: 1) { measure } communities { count } }'],
  ])('refuses %s as QUERY_TOO_COMPLEX before the database', async (_name, query) => {
    const opened = sessions;
    const { status, body } = await suite.service.post(query);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    const [error] = body.errors!;
    expect(error.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(error.message).toMatch(/too costly/);
    expect(error.extensions?.complexity as number).toBeGreaterThan(error.extensions?.maxComplexity as number);
    expect(body.extensions?.roundTrips).toBe(0);
    expect(sessions).toBe(opened);
  });
});
