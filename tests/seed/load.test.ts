import { applySchema } from '../../src/db/schema';
import { loadPlan } from '../../src/seed/load';
import { buildLoadPlan, type LoadPlan } from '../../src/seed/plan';
import { SEEDS_DIR, seedDatabase } from '../../src/seed/seed';
import { readAndValidateSeeds } from '../../src/seed/validate';
import { databaseSuite } from '../support/service-suite';
import {
  countsByLabelAndType,
  cypher,
  graphFingerprint,
  restoreSeededGraph,
} from '../support/graph-snapshot';

type Fingerprint = Awaited<ReturnType<typeof graphFingerprint>>;
const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

describe('the loader against the real Neo4j', () => {
  const suite = databaseSuite({ cleanUp: () => restoreSeededGraph(suite.database) });
  let plan: LoadPlan;
  /** The graph as the global setup's uninterrupted load left it. */
  let uninterrupted: Fingerprint;

  beforeAll(async () => {
    plan = buildLoadPlan(readAndValidateSeeds(SEEDS_DIR).seeds);
    uninterrupted = await graphFingerprint(suite.database);
  });

  it('holds every planned node and relationship once after the uninterrupted load', () => {
    expect(uninterrupted.nodes).toHaveLength(plan.nodes.length);
    expect(uninterrupted.relationships).toHaveLength(plan.relationships.length);
  });

  it('leaves identical counts per label and per type when run twice', async () => {
    await cypher(suite.database, 'MATCH (n) DETACH DELETE n');
    await seedDatabase(suite.database);
    const once = await countsByLabelAndType(suite.database);
    const again = await seedDatabase(suite.database);
    expect(await countsByLabelAndType(suite.database)).toEqual(once);
    expect(again).toMatchObject({ prunedNodes: 0, prunedRelationships: 0 });
    expect(once.labels.Document).toBe(5);
    expect(sum(once.types)).toBe(plan.relationships.length);
  });

  const batchSize = 10;
  it.each([
    ['while writing nodes', () => 3],
    ['while writing relationships', () => Math.ceil(plan.nodes.length / batchSize) + 20],
  ])('ends with the same graph when a load killed %s is run again', async (_, killAfter) => {
    await cypher(suite.database, 'MATCH (n) DETACH DELETE n');
    await applySchema(suite.database);
    let batches = 0;
    let written = 0;
    const killed = loadPlan(suite.database, plan, {
      batchSize,
      prune: true,
      onProgress: (done) => {
        written = done;
        if (++batches === killAfter()) throw new Error('killed half-way');
      },
    });
    await expect(killed).rejects.toThrow('killed half-way');
    const partial = await graphFingerprint(suite.database);
    expect(partial.nodes.length + partial.relationships.length).toBe(written);
    expect(written).toBeLessThan(plan.nodes.length + plan.relationships.length);

    await seedDatabase(suite.database);
    expect(await graphFingerprint(suite.database)).toEqual(uninterrupted);
  });

  it("prunes seed facts the seeds no longer hold, and keeps editors' facts", async () => {
    await cypher(
      suite.database,
      `MATCH (delft:Node {id: 'municipality:delft'}), (kwadraad:Node {id: 'org:kwadraad'})
       CREATE (delft)-[:PARTNERS_WITH {key: 'test|stale-seed', origin: 'seed'}]->(kwadraad),
              (delft)-[:PARTNERS_WITH {key: 'test|editor', origin: 'editor'}]->(kwadraad),
              (:Node:Theme {id: 'theme:test-stale-seed', name: 'stale', origin: 'seed'}),
              (:Node:Theme {id: 'theme:test-editor', name: 'editor', origin: 'editor'})`,
    );
    const report = await seedDatabase(suite.database);
    expect(report).toMatchObject({ prunedNodes: 1, prunedRelationships: 1 });
    const left = await cypher(
      suite.database,
      `OPTIONAL MATCH ()-[r:PARTNERS_WITH]->() WHERE r.key STARTS WITH 'test|'
       WITH collect(r.key) AS relationships
       OPTIONAL MATCH (n:Theme) WHERE n.id STARTS WITH 'theme:test-'
       RETURN relationships, collect(n.id) AS nodes`,
    );
    expect(left).toEqual([{ relationships: ['test|editor'], nodes: ['theme:test-editor'] }]);

    await cypher(
      suite.database,
      "MATCH ()-[r:PARTNERS_WITH {key: 'test|editor'}]->() DELETE r WITH count(*) AS _ MATCH (n:Theme {id: 'theme:test-editor'}) DELETE n",
    );
    expect(await graphFingerprint(suite.database)).toEqual(uninterrupted);
  });
});
