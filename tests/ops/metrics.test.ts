/**
 * /metrics in Prometheus' text format, read back after real requests: the GraphQL operation
 * counted, its Cypher statements timed by query name, HTTP requests by route and status, the
 * default process metrics; label values bounded against a hostile client; off, or on a port of
 * its own, when configured so.
 */
import type { Database } from '../../src/db/database';
import { connectTestDatabase } from '../support/database';
import { rawRequest } from '../reliability/support';
import { startOpsServer } from './support';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The samples of a Prometheus text exposition (comments skipped). */
function parseMetrics(text: string): Sample[] {
  return text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!m) throw new Error(`not a sample line: ${line}`);
      const labels = Object.fromEntries(
        [...(m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((l) => [l[1], l[2]]),
      );
      return { name: m[1], labels, value: Number(m[3]) };
    });
}

const scrape = async (url: string) => {
  const res = await fetch(url);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return parseMetrics(await res.text());
};

const find = (samples: Sample[], name: string, labels: Record<string, string> = {}) =>
  samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));

describe('metrics', () => {
  let database: Database;
  let service: Awaited<ReturnType<typeof startOpsServer>>;

  beforeAll(async () => {
    database = connectTestDatabase();
    service = await startOpsServer(database);
  });
  afterAll(async () => {
    await service.server.stop();
    await database.close();
  });

  it('counts one query: the operation, its statements by query name, its route and round trips', async () => {
    const { json } = await service.post({
      query:
        'query TwoMunicipalities { municipalities(first: 2) { edges { node { id nominatedBy { node { id } } } } } }',
    });
    expect(json.errors).toBeUndefined();
    const roundTrips = json.extensions?.roundTrips as number;
    expect(service.server.metricsUrl).toBe(`${service.base}/metrics`);
    const samples = await scrape(`${service.base}/metrics`);

    expect(
      find(samples, 'graphql_operations_total', {
        operation_name: 'TwoMunicipalities',
        operation_type: 'query',
        outcome: 'success',
      }).map((s) => s.value),
    ).toEqual([1]);
    expect(find(samples, 'graphql_request_round_trips_sum')[0].value).toBe(roundTrips);
    expect(find(samples, 'graphql_request_round_trips_count')[0].value).toBe(1);
    const statements = find(samples, 'neo4j_statement_duration_seconds_count', { outcome: 'success' });
    // Compiled reads: one statement for the root field, its nested relationship fields included.
    expect(statements.map((s) => s.labels.query).sort()).toEqual(['compiled/municipalities']);
    expect(statements.reduce((n, s) => n + s.value, 0)).toBe(roundTrips);
    expect(
      find(samples, 'http_request_duration_seconds_count', {
        route: '/graphql',
        method: 'POST',
        status: '200',
      })[0].value,
    ).toBe(1);
    expect(find(samples, 'neo4j_sessions_in_flight')[0].value).toBe(0);
    expect(find(samples, 'neo4j_connection_pool_max')[0].value).toBe(50);
    // prom-client's default process metrics.
    for (const name of [
      'process_cpu_user_seconds_total',
      'process_resident_memory_bytes',
      'nodejs_eventloop_lag_seconds',
    ])
      expect(find(samples, name)).toHaveLength(1);
  });

  it('counts errors by code, GraphQL errors and refusals before GraphQL alike', async () => {
    await service.post({ query: '{ node(id: "municipality:atlantis") { id } }' });
    await service.post({ query: '{ nope }' });
    await rawRequest(service.base, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{',
    });
    const samples = await scrape(`${service.base}/metrics`);
    const errors = Object.fromEntries(
      find(samples, 'graphql_errors_total').map((s) => [s.labels.code, s.value]),
    );
    expect(errors).toMatchObject({ NOT_FOUND: 1, GRAPHQL_VALIDATION_FAILED: 1, BAD_REQUEST: 1 });
    expect(
      find(samples, 'graphql_operations_total', { operation_type: '(none)', outcome: 'error' })[0].value,
    ).toBe(1);
  });

  it('keeps the series count bounded when a client sends 1000 operation names and 1000 paths', async () => {
    const before = (await scrape(`${service.base}/metrics`)).length;
    const names = Array.from({ length: 1000 }, (_, i) => `Hostile${i}_${'x'.repeat(i % 50)}`);
    for (let i = 0; i < names.length; i += 20) {
      await Promise.all(
        names
          .slice(i, i + 20)
          .flatMap((name, j) => [
            service.post({ query: `query ${name} { __typename }` }),
            rawRequest(service.base, { path: `/probe/${i + j}?q=${name}` }),
          ]),
      );
    }
    const samples = await scrape(`${service.base}/metrics`);
    const operations = find(samples, 'graphql_operations_total', { operation_type: 'query' });
    const named = operations.filter((s) => s.labels.operation_name.startsWith('Hostile'));
    // The default bound is 100 names; one came before (TwoMunicipalities).
    expect(named.length).toBe(99);
    expect(find(samples, 'graphql_operations_total', { operation_name: 'other' })[0].value).toBe(901);
    const routes = new Set(find(samples, 'http_request_duration_seconds_count').map((s) => s.labels.route));
    expect([...routes].filter((r) => r.startsWith('/probe'))).toEqual([]);
    expect(routes.has('(unmatched)')).toBe(true);
    // 2000 requests later: the 99 named series (a counter sample each) and little else.
    expect(samples.length - before).toBeLessThan(99 + 40);
  });
});

describe('metrics configuration', () => {
  let database: Database;
  beforeAll(() => {
    database = connectTestDatabase();
  });
  afterAll(() => database.close());

  it('serves no metrics with METRICS=off', async () => {
    const service = await startOpsServer(database, { METRICS: 'off' });
    try {
      expect(service.server.metricsUrl).toBeUndefined();
      const res = await rawRequest(service.base, { path: '/metrics' });
      expect(res.status).toBe(404);
    } finally {
      await service.server.stop();
    }
  });

  it('serves them on METRICS_PORT only, away from the public port', async () => {
    const service = await startOpsServer(database, { METRICS_PORT: '0' });
    try {
      const url = service.server.metricsUrl ?? '';
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
      expect(new URL(url).port).not.toBe(new URL(service.base).port);
      expect((await rawRequest(service.base, { path: '/metrics' })).status).toBe(404);
      await service.post({ query: 'query OnItsOwnPort { __typename }' });
      const samples = await scrape(url);
      expect(find(samples, 'graphql_operations_total', { operation_name: 'OnItsOwnPort' })[0].value).toBe(1);
      const elsewhere = await rawRequest(url.replace(/\/metrics$/, ''), { path: '/graphql' });
      expect(elsewhere.status).toBe(404);
      expect(elsewhere.json?.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    } finally {
      await service.server.stop();
    }
    await expect(fetch(service.server.metricsUrl ?? '')).rejects.toThrow();
  });
});
