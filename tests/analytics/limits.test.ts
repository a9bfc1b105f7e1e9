import { UndirectedGraph } from 'graphology';
import { BETWEENNESS } from '../../src/analytics/betweenness';
import { CentralityMeasure, rankCentrality } from '../../src/analytics/centrality';
import { DEFAULT_ANALYSIS_LIMITS } from '../../src/analytics/limits';
import type { Database } from '../../src/db/database';
import { connectTestDatabase } from '../support/database';
import { startTestServer } from '../support/server';

const CENTRALITY = `query($measure: CentralityMeasure) {
  centrality(measure: $measure, first: 3) {
    sampledSources projection { nodeCount relationshipCount } scores { node { id } }
  }
}`;
const SIMILAR = `{ similarMunicipalities(id: "municipality:delft") { similar { score } } }`;

/** The projection the corpus gives centrality (public view), read before any cap is set. */
const withEnv = async <T>(env: Record<string, string>, work: () => Promise<T>): Promise<T> => {
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  try {
    return await work();
  } finally {
    for (const [key, value] of Object.entries(saved))
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
  }
};

describe('analytics past the in-memory caps: ANALYSIS_TOO_LARGE, before anything is read', () => {
  let database: Database;
  let service: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    database = connectTestDatabase();
    service = await startTestServer(database);
  });
  afterAll(async () => {
    await service.server.stop();
    await database.close();
  });

  it('answers under the default caps, exact betweenness on the corpus', async () => {
    const { body } = await service.post<{
      centrality: { sampledSources: number | null; projection: { nodeCount: number } };
    }>(CENTRALITY, { measure: 'BETWEENNESS' });
    expect(body.errors).toBeUndefined();
    expect(body.data!.centrality.projection.nodeCount).toBeGreaterThan(50);
    expect(body.data!.centrality.sampledSources).toBeNull();
  });

  it.each([
    [
      { ANALYSIS_MAX_NODES: '50' },
      { maxNodes: 50, maxRelationships: DEFAULT_ANALYSIS_LIMITS.maxRelationships },
    ],
    [
      { ANALYSIS_MAX_RELATIONSHIPS: '100' },
      { maxNodes: DEFAULT_ANALYSIS_LIMITS.maxNodes, maxRelationships: 100 },
    ],
  ])('refuses with the limit it met (%j), for centrality and similarity alike', async (env, limit) => {
    await withEnv(env, async () => {
      for (const query of [CENTRALITY, SIMILAR]) {
        const { status, body } = await service.post(query, { measure: 'PAGERANK' });
        expect(status).toBe(200);
        expect(body.data).toBeNull();
        const error = body.errors![0];
        expect(error.extensions).toMatchObject({ code: 'ANALYSIS_TOO_LARGE', limit });
        const projection = error.extensions!.projection as { nodes: number; relationships: number };
        expect(projection.nodes > limit.maxNodes || projection.relationships > limit.maxRelationships).toBe(
          true,
        );
        expect(error.message).toMatch(/ANALYSIS_MAX_NODES/);
        expect(error.message).toMatch(/export/);
        // Counted, not loaded: one round trip, the count.
        expect(body.extensions?.roundTrips).toBe(1);
      }
    });
  });
});

describe('betweenness past 5,000 nodes: estimated from sampled sources', () => {
  /** A path of n nodes: node i lies on 2·i·(n−1−i) of the ordered pairs' shortest paths. */
  function path(n: number): UndirectedGraph {
    const graph = new UndirectedGraph();
    for (let i = 0; i < n; i++) graph.addNode(`p${String(i).padStart(5, '0')}`);
    for (let i = 1; i < n; i++)
      graph.addEdge(`p${String(i - 1).padStart(5, '0')}`, `p${String(i).padStart(5, '0')}`);
    return graph;
  }

  it('is exact up to the threshold and says so', () => {
    const ranked = rankCentrality(path(BETWEENNESS.exactMaxNodes), CentralityMeasure.BETWEENNESS);
    expect(ranked.sampledSources).toBeNull();
  });

  it('estimates close to the exact value above it, the same on every run', () => {
    const n = BETWEENNESS.exactMaxNodes + 1001;
    const ranked = rankCentrality(path(n), CentralityMeasure.BETWEENNESS);
    expect(ranked.sampledSources).toBe(BETWEENNESS.sampleSources);
    const exact = (i: number) => (2 * i * (n - 1 - i)) / ((n - 1) * (n - 2));
    const middle = Math.floor(n / 2);
    const score = (i: number) => ranked.scores.find((s) => s.id === `p${String(i).padStart(5, '0')}`)!.score;
    expect(Math.abs(score(middle) - exact(middle))).toBeLessThan(0.05 * exact(middle));
    expect(score(0)).toBe(0);
    expect(rankCentrality(path(n), CentralityMeasure.BETWEENNESS).scores.slice(0, 5)).toEqual(
      ranked.scores.slice(0, 5),
    );
  });
});
