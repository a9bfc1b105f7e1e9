import { serviceSuite } from '../support/service-suite';

describe('the service over the real Neo4j', () => {
  const suite = serviceSuite();

  it('answers the health query from the database itself', async () => {
    const { status, body } = await suite.service.post<{ health: { status: string; database: string } }>(
      '{ health { status database } }',
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.health.status).toBe('ok');
    expect(body.data?.health.database).toMatch(/^Neo4j Kernel 5\.26\.\d+ community$/);
    expect(body.extensions?.roundTrips).toBe(1);
  });

  it('serves /healthz and /readyz', async () => {
    const healthz = await fetch(`${suite.service.base}/healthz`);
    expect(healthz.status).toBe(200);
    const readyz = await fetch(`${suite.service.base}/readyz`);
    expect(readyz.status).toBe(200);
    expect(await readyz.json()).toEqual({ status: 'ready' });
  });

  it('serves the Apollo Sandbox landing page at the root in development', async () => {
    const res = await fetch(`${suite.service.base}/`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('embeddable-sandbox');
    expect(html).toContain('DelftWalkthrough');
  });

  it('keeps CSRF prevention on: a simple text/plain request is refused', async () => {
    const res = await fetch(suite.service.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ health { status } }' }),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/i);
  });

  it('gives every error a code, and no stack trace outside development', async () => {
    const { body } = await suite.service.post('{ nope }');
    expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0].extensions?.stacktrace).toBeUndefined();
  });
});
