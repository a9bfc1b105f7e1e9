/**
 * Every refusal is JSON in GraphQL's error shape with a status and a code, whatever the path and
 * whatever went wrong, in production and in development; a stack trace only in development and
 * only inside `extensions`. The endpoints that work keep working.
 */
import type { Database } from '../../src/db/database';
import { connectTestDatabase } from '../support/database';
import { type RawRequest, rawRequest } from '../reliability/support';
import { startOpsServer } from './support';

interface Case {
  name: string;
  request: RawRequest;
  status: number;
  code: string;
}

const json = (body: string, type = 'application/json'): RawRequest => ({
  method: 'POST',
  headers: { 'content-type': type },
  body,
});

const CASES: Case[] = [
  { name: 'malformed JSON', request: json('{"query": "{ health'), status: 400, code: 'BAD_REQUEST' },
  { name: 'a null body', request: json('null'), status: 400, code: 'BAD_REQUEST' },
  {
    name: 'gzip that is not gzip',
    request: {
      ...json('not gzip'),
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    },
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'an unknown content encoding',
    request: { ...json('{}'), headers: { 'content-type': 'application/json', 'content-encoding': 'zip9' } },
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  {
    name: 'a body over the limit',
    request: json(JSON.stringify({ query: `{ search(text: "${'x'.repeat(300_000)}") { score } }` })),
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
  },
  {
    name: 'XML',
    request: {
      ...json('<query/>', 'application/xml'),
      headers: { 'content-type': 'application/xml', 'apollo-require-preflight': '1' },
    },
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  {
    name: 'JSON in latin1',
    request: json('{"query":"{ health { status } }"}', 'application/json; charset=latin1'),
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  {
    name: 'text/plain without a preflight header (Apollo CSRF prevention)',
    request: json('{"query":"{ health { status } }"}', 'text/plain'),
    status: 400,
    code: 'BAD_REQUEST',
  },
  { name: 'PUT /graphql', request: { method: 'PUT', body: '{}' }, status: 405, code: 'METHOD_NOT_ALLOWED' },
  { name: 'DELETE /graphql', request: { method: 'DELETE' }, status: 405, code: 'METHOD_NOT_ALLOWED' },
  {
    name: 'POST /export/graph.json',
    request: { method: 'POST', path: '/export/graph.json', body: '{}' },
    status: 405,
    code: 'METHOD_NOT_ALLOWED',
  },
  {
    name: 'POST /healthz',
    request: { method: 'POST', path: '/healthz' },
    status: 405,
    code: 'METHOD_NOT_ALLOWED',
  },
  { name: 'unknown path', request: { method: 'GET', path: '/nope' }, status: 404, code: 'NOT_FOUND' },
  {
    name: 'a missing explorer asset',
    request: { method: 'GET', path: '/explore/assets/nope.js' },
    status: 404,
    code: 'NOT_FOUND',
  },
  {
    name: 'unknown export',
    request: { method: 'GET', path: '/export/graph.xlsx' },
    status: 404,
    code: 'NOT_FOUND',
  },
  {
    name: 'a broken percent escape',
    request: { method: 'GET', path: '/export/%E0%A4%A' },
    status: 404,
    code: 'NOT_FOUND',
  },
  {
    name: 'a bad token on an export',
    request: {
      method: 'GET',
      path: '/export/nodes.csv',
      headers: { authorization: 'Bearer not-a-valid-token-at-all' },
    },
    status: 401,
    code: 'UNAUTHENTICATED',
  },
];

describe.each([
  ['production', { NODE_ENV: 'production' }],
  ['development', { NODE_ENV: 'development' }],
])('bad requests in %s', (env, overrides) => {
  let database: Database;
  let service: Awaited<ReturnType<typeof startOpsServer>>;

  beforeAll(async () => {
    database = connectTestDatabase();
    service = await startOpsServer(database, overrides);
  });
  afterAll(async () => {
    await service.server.stop();
    await database.close();
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s: JSON error shape, status and code', async (_, c) => {
    const res = await rawRequest(service.base, c.request);
    expect(res.status).toBe(c.status);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.text).not.toMatch(/<html|<pre|<!DOCTYPE/i);
    expect(res.json?.errors?.[0]).toEqual({
      message: expect.any(String),
      extensions: expect.objectContaining({ code: c.code }),
    });
    if (c.status === 405) expect(res.headers.allow).toMatch(/GET/);
    // Outside extensions.stacktrace no error says where in the code it happened.
    const { stacktrace, ...rest } = (res.json?.errors?.[0].extensions ?? {}) as { stacktrace?: string[] };
    expect(JSON.stringify({ ...res.json?.errors?.[0], extensions: rest })).not.toMatch(
      /\bat .*\(|node_modules/,
    );
    if (env === 'production') expect(stacktrace).toBeUndefined();
  });

  it('puts the stack of a body-parser error in extensions only in development', async () => {
    const res = await rawRequest(service.base, json('{"query": '));
    const stack = res.json?.errors?.[0].extensions?.stacktrace as string[] | undefined;
    if (env === 'development') expect(stack?.join('\n')).toMatch(/SyntaxError[\s\S]*at /);
    else expect(stack).toBeUndefined();
  });

  it('keeps the working endpoints working', async () => {
    expect((await rawRequest(service.base, { path: '/healthz' })).json).toEqual({ status: 'ok' });
    expect((await rawRequest(service.base, { path: '/readyz' })).json).toEqual({ status: 'ready' });
    const query = await service.post({ query: '{ health { status } }' });
    expect(query.res.status).toBe(200);
    expect(query.json.data).toEqual({ health: { status: 'ok' } });
    const csv = await rawRequest(service.base, { path: '/export/nodes.csv' });
    expect(csv.status).toBe(200);
    expect(csv.headers['x-snapshot-id']).toMatch(/^[0-9a-f]{16,}$/);
    const root = await rawRequest(service.base, { path: '/', headers: { accept: 'text/html' } });
    if (env === 'development') {
      // The Sandbox: the one HTML page, and not an error.
      expect(root.status).toBe(200);
      expect(root.text).toMatch(/<html/i);
    } else {
      expect(root.status).toBe(404);
      expect(root.json?.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
  });
});
