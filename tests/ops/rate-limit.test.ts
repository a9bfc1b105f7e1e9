/**
 * The per-minute budgets of the public endpoints, with low limits: over the budget a caller gets
 * 429 in GraphQL's error shape with Retry-After; signed-in callers have their own budget, by
 * subject; bad tokens count against the sender's address; health probes are never limited.
 */
import type { Database } from '../../src/db/database';
import { connectTestDatabase } from '../support/database';
import { AUTH_ENV, TOKENS, bearer } from '../support/tokens';
import { rawRequest } from '../reliability/support';
import { startOpsServer } from './support';

const QUERY = { query: '{ __typename }' };

describe('rate limiting', () => {
  let database: Database;
  let service: Awaited<ReturnType<typeof startOpsServer>>;

  beforeAll(async () => {
    database = connectTestDatabase();
    service = await startOpsServer(database, {
      ...AUTH_ENV,
      RATE_LIMIT_ANONYMOUS_PER_MIN: '5',
      RATE_LIMIT_SIGNED_IN_PER_MIN: '8',
    });
  });
  afterAll(async () => {
    await service.server.stop();
    await database.close();
  });

  it('answers 429 with Retry-After once an anonymous caller is over its budget', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await service.post(QUERY)).res.status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    const over = await service.post(QUERY);
    expect(over.res.status).toBe(429);
    expect(Number(over.res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(over.res.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(over.res.headers.get('ratelimit-policy')).toMatch(/q=5; w=60/);
    expect(over.json).toEqual({
      errors: [
        { message: expect.stringMatching(/Too many requests/), extensions: { code: 'TOO_MANY_REQUESTS' } },
      ],
    });
    // The exports and, in development, the Sandbox at / share the budget (README, "Rate limits");
    // the probes, the metrics and the explorer's files have none.
    expect((await rawRequest(service.base, { path: '/export/nodes.csv' })).status).toBe(429);
    expect((await rawRequest(service.base, { path: '/', headers: { accept: 'text/html' } })).status).toBe(
      429,
    );
    expect((await rawRequest(service.base, { path: '/healthz' })).status).toBe(200);
    expect((await rawRequest(service.base, { path: '/readyz' })).status).toBe(200);
    expect((await rawRequest(service.base, { path: '/metrics' })).status).toBe(200);
    expect((await rawRequest(service.base, { path: '/explore/assets/nope.js' })).status).toBe(404);
  });

  it('counts bad tokens against the address, not as a way around the limit', async () => {
    const res = await service.post(QUERY, bearer('not-a-valid-token-0123456789'));
    expect(res.res.status).toBe(429);
  });

  it('gives each signed-in caller a budget of its own', async () => {
    const researcher: number[] = [];
    for (let i = 0; i < 9; i++)
      researcher.push((await service.post(QUERY, bearer(TOKENS.researcher))).res.status);
    expect(researcher).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 429]);
    expect((await service.post(QUERY, bearer(TOKENS.editor))).res.status).toBe(200);
  });

  it('limits nobody by default', async () => {
    const unlimited = await startOpsServer(database);
    try {
      const statuses = await Promise.all(Array.from({ length: 200 }, () => unlimited.post(QUERY)));
      expect(new Set(statuses.map((s) => s.res.status))).toEqual(new Set([200]));
      expect(statuses[0].res.headers.get('ratelimit')).toBeNull();
    } finally {
      await unlimited.server.stop();
    }
  });
});
