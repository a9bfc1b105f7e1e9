/**
 * The analyses read a projection's topology once per graph version and compute in a worker thread
 * (src/analytics/analytics.service.ts, topology.ts, worker/): a second call on an unchanged graph
 * reuses the read, a write through the service makes the next call read again, a run can be stopped
 * (the read in Neo4j, the thread) or runs out of its deadline, and the answers on the corpus are
 * the ones the analyses gave on the full projection graph before.
 */
import {
  type Progress,
  runCentrality,
  runCommunities,
  runSimilarity,
} from '../../src/analytics/analytics.service';
import { CentralityMeasure, rankCentrality } from '../../src/analytics/centrality';
import { communities } from '../../src/analytics/communities';
import { NETWORK_PROJECTION, SIMILARITY_PROJECTION, loadProjection } from '../../src/analytics/projection';
import { projectionCacheOf } from '../../src/analytics/projection-cache';
import { similarTo } from '../../src/analytics/similarity';
import type { Topology } from '../../src/analytics/topology';
import { runInWorker, runningAnalyses } from '../../src/analytics/worker/run-in-worker';
import { ANONYMOUS, NodeLabel } from '../../src/model';
import { AS, cypher, ok } from '../support/curation';
import { serviceSuite } from '../support/service-suite';
import { AUTH_ENV } from '../support/tokens';

const RESEARCHER = { subject: 'test', roles: new Set(['researcher'] as const), seeRestricted: true };

/** Progress lines of one run. */
function recorder(): { progress: Progress; lines: string[] } {
  const lines: string[] = [];
  return { lines, progress: (message) => lines.push(message) };
}

/** A random graph on `n` nodes with about `n × degree / 2` relationships: seconds of exact betweenness at 4,000. */
function syntheticTopology(n: number, degree: number): Topology {
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const sources: number[] = [];
  const targets: number[] = [];
  for (let v = 1; v < n; v++) {
    for (let k = 0; k < degree / 2; k++) {
      sources.push(v);
      targets.push(Math.floor(random() * v));
    }
  }
  const ids = Array.from({ length: n }, (_, i) => `person:t-${String(i).padStart(5, '0')}`);
  return {
    ids,
    names: ids,
    kinds: ids.map(() => NodeLabel.Person),
    programmeKinds: ids.map(() => null),
    sources: Int32Array.from(sources),
    targets: Int32Array.from(targets),
    types: new Uint8Array(sources.length),
  };
}

const exactBetweenness = {
  analysis: 'centrality',
  measure: CentralityMeasure.BETWEENNESS,
  first: 5,
} as const;

describe('analytics: the projection read once per graph version, computed in a worker thread', () => {
  const suite = serviceSuite(AUTH_ENV, { pristine: true });

  beforeEach(() => projectionCacheOf(suite.database).clear());

  it('reuses the projection on an unchanged graph, and reads it again after a write', async () => {
    const first = recorder();
    const before = await runCentrality(
      suite.database,
      ANONYMOUS,
      { measure: CentralityMeasure.PAGERANK, first: 3 },
      first,
    );
    expect(first.lines.some((line) => line.startsWith('Loaded '))).toBe(true);

    const second = recorder();
    const again = await runCentrality(
      suite.database,
      ANONYMOUS,
      { measure: CentralityMeasure.DEGREE, first: 3 },
      second,
    );
    expect(second.lines.some((line) => line.startsWith('Reused '))).toBe(true);
    expect(second.lines.some((line) => line.startsWith('Loaded '))).toBe(false);
    expect(again.projection.nodeCount).toBe(before.projection.nodeCount);

    // A researcher's projection holds restricted facts: never the public's entry.
    const researcher = recorder();
    await runCentrality(
      suite.database,
      RESEARCHER,
      { measure: CentralityMeasure.DEGREE, first: 3 },
      researcher,
    );
    expect(researcher.lines.some((line) => line.startsWith('Loaded '))).toBe(true);

    await ok(
      suite.service,
      'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
      {
        input: {
          id: 'org:cache-test',
          name: 'Cache Test',
          type: 'CARE',
          evidence: [
            {
              document: 'document:003-addecf477dab56b0',
              excerpt: 'Hoe ziet die aanpak van jeugdhulp er dan uit?',
            },
          ],
        },
      },
      AS.editor,
    );
    const third = recorder();
    const after = await runCentrality(
      suite.database,
      ANONYMOUS,
      { measure: CentralityMeasure.DEGREE, first: 3 },
      third,
    );
    expect(third.lines.some((line) => line.startsWith('Loaded '))).toBe(true);
    expect(after.projection.nodeCount).toBe(before.projection.nodeCount + 1);
  });

  it('gives the answers the full projection graph gives, on the corpus', async () => {
    for (const viewer of [ANONYMOUS, RESEARCHER]) {
      const network = await loadProjection(suite.database, viewer, NETWORK_PROJECTION);
      for (const measure of Object.values(CentralityMeasure)) {
        const ranked = await runCentrality(suite.database, viewer, { measure, first: 10_000 });
        const reference = rankCentrality(network, measure);
        expect(ranked.scores.map((s) => [s.id, s.rank, s.degree])).toEqual(
          reference.scores.map((s) => [s.id, s.rank, s.degree]),
        );
        ranked.scores.forEach((s, i) => expect(s.score).toBeCloseTo(reference.scores[i].score, 12));
        expect(ranked.projection.relationshipCount).toBe(network.size);
      }
      const partition = await runCommunities(suite.database, viewer, { seed: 42 });
      expect({ ...partition, projection: undefined }).toEqual({
        ...communities(network, 42),
        projection: undefined,
      });

      const similarity = await loadProjection(suite.database, viewer, SIMILARITY_PROJECTION);
      const similar = await runSimilarity(suite.database, viewer, { id: 'municipality:delft' });
      expect(similar.similar).toEqual(similarTo(similarity, 'municipality:delft'));
    }
  });

  it('stops a statement in Neo4j when its caller goes away', async () => {
    const slow = {
      name: 'test/slow',
      text: 'UNWIND range(1, 400000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n',
    };
    const gone = new AbortController();
    const started = Date.now();
    const running = suite.database.transaction('READ', (tx) => tx.run(slow), {
      timeoutMs: 60_000,
      signal: gone.signal,
    });
    setTimeout(() => gone.abort(new Error('The client went away')), 500);
    await expect(running).rejects.toThrow('The client went away');
    expect(Date.now() - started).toBeLessThan(5_000);
    // Neo4j no longer runs it.
    await new Promise((resolve) => setTimeout(resolve, 500));
    // (The text as a parameter: a literal would match this query itself.)
    const left = await cypher(
      suite.database,
      'SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $text RETURN count(*) AS n',
      { text: 'range(1, 400000000)' },
    );
    expect(left[0].n).toBe(0);
  });

  it('ends the analysis thread when the caller goes away, and at the deadline with QUERY_TIMEOUT', async () => {
    const topology = syntheticTopology(4_000, 8);
    const gone = new AbortController();
    const started = Date.now();
    const running = runInWorker(exactBetweenness, topology, {
      deadline: Date.now() + 60_000,
      timeoutMs: 60_000,
      signal: gone.signal,
    });
    setTimeout(() => gone.abort(new Error('The client went away')), 300);
    await expect(running).rejects.toThrow('The client went away');
    expect(Date.now() - started).toBeLessThan(2_000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(runningAnalyses()).toBe(0);

    const timedOut = runInWorker(exactBetweenness, topology, { deadline: Date.now() + 300, timeoutMs: 300 });
    await expect(timedOut).rejects.toMatchObject({
      extensions: { code: 'QUERY_TIMEOUT', limitMs: 300 },
      message: expect.stringContaining('ANALYSIS_TIMEOUT_MS'),
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(runningAnalyses()).toBe(0);
  });

  it('answers the same analysis on the synthetic graph when given the time (so the stops above are real)', async () => {
    const started = Date.now();
    const answer = await runInWorker(exactBetweenness, syntheticTopology(4_000, 8), {
      deadline: Date.now() + 120_000,
      timeoutMs: 120_000,
    });
    expect(answer.scores).toHaveLength(5);
    expect(answer.sampledSources).toBeNull();
    expect(Date.now() - started).toBeGreaterThan(600);
  });
});
