/**
 * One log line per request, read back from the logger's own output: for a GraphQL request its id
 * (the caller's, or a new one, and returned as `x-request-id`), the operation's name and type, the
 * duration, the Cypher round trips, the outcome or error codes and the viewer's role; never the
 * variables, the token or restricted text.
 */
import { Writable } from 'node:stream';
import type { Database } from '../../src/db/database';
import { createLogger, logFormat } from '../../src/server/logger';
import { connectTestDatabase } from '../support/database';
import { AUTH_ENV, TOKENS, bearer } from '../support/tokens';
import { rawRequest } from '../reliability/support';
import { captureLogs, startOpsServer } from './support';

const RESTRICTED_DOCUMENT = `query Restricted { node(id: "document:000-22230f0f29cf03ba") { ... on Document { restrictedText } } }`;
const SECRET_VARIABLE = 'secret-variable-value-7f3a';

describe('request logs', () => {
  let database: Database;
  let service: Awaited<ReturnType<typeof startOpsServer>>;
  const logs = captureLogs();

  beforeAll(async () => {
    database = connectTestDatabase();
    service = await startOpsServer(database, AUTH_ENV, logs.logger);
  });
  afterAll(async () => {
    await service.server.stop();
    await database.close();
  });

  const linesOf = (requestId: string) => logs.records().filter((r) => r.requestId === requestId);

  it('writes one line per GraphQL request with what it was and how it went, and nothing it carried', async () => {
    const { res, json } = await service.post(
      {
        query: `query Walk($text: String!) { search(text: $text, first: 3) { node { id } } } ${RESTRICTED_DOCUMENT}`,
        operationName: 'Restricted',
        variables: { text: SECRET_VARIABLE },
      },
      { ...bearer(TOKENS.researcher), 'x-request-id': 'trace-me-42' },
    );
    expect(res.headers.get('x-request-id')).toBe('trace-me-42');
    expect(JSON.stringify(json)).toContain('Bart van Grinsven');
    expect(json.extensions?.roundTrips).toBeGreaterThan(0);

    const lines = linesOf('trace-me-42');
    expect(lines).toEqual([
      expect.objectContaining({
        msg: 'graphql request',
        level: 30,
        operationName: 'Restricted',
        operationType: 'query',
        durationMs: expect.any(Number),
        // The same count the response reports (development and test only).
        roundTrips: json.extensions?.roundTrips,
        outcome: 'success',
        errorCodes: [],
        role: 'researcher',
        status: 200,
      }),
    ]);
    const everything = logs.text.join('');
    expect(everything).not.toContain(SECRET_VARIABLE);
    expect(everything).not.toContain(TOKENS.researcher);
    expect(everything).not.toContain('Grinsven');
    expect(everything).not.toContain('restrictedText');
  });

  it('gives a request without an id a new one, and names the error code of a failed operation', async () => {
    const { res, json } = await service.post({ query: '{ node(id: "municipality:atlantis") { id } }' });
    expect(json.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const id = res.headers.get('x-request-id') ?? '';
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(linesOf(id)).toEqual([
      expect.objectContaining({
        msg: 'graphql request',
        operationName: null,
        operationType: 'query',
        outcome: 'error',
        errorCodes: ['NOT_FOUND'],
        role: 'anonymous',
      }),
    ]);
  });

  it('refuses an id that could forge log lines, and logs refusals before GraphQL as one line too', async () => {
    const res = await rawRequest(service.base, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'a b","level":60,"msg":"forged' },
      body: '{"query": "{ health',
    });
    const id = String(res.headers['x-request-id']);
    expect(id).not.toContain('"');
    expect(logs.records().filter((r) => r.msg === 'forged')).toEqual([]);
    expect(linesOf(id)).toEqual([
      expect.objectContaining({ msg: 'http request', route: '/graphql', status: 400, code: 'BAD_REQUEST' }),
    ]);
    const bad = await service.post(
      { query: '{ health { status } }' },
      bearer('wrong-token-0123456789abcdef'),
    );
    expect(linesOf(bad.res.headers.get('x-request-id') ?? '')).toEqual([
      expect.objectContaining({ status: 401, code: 'UNAUTHENTICATED' }),
    ]);
    expect(logs.text.join('')).not.toContain('wrong-token-0123456789abcdef');
  });
});

describe('log format', () => {
  it('is pretty on a terminal in development, JSON otherwise, and LOG_FORMAT decides when set', () => {
    const base = { logLevel: 'info' as const };
    expect(logFormat({ ...base, env: 'development' }, true)).toBe('pretty');
    expect(logFormat({ ...base, env: 'development' }, false)).toBe('json');
    expect(logFormat({ ...base, env: 'production' }, true)).toBe('json');
    expect(logFormat({ ...base, env: 'production', logFormat: 'pretty' }, false)).toBe('pretty');
    expect(logFormat({ ...base, env: 'development', logFormat: 'json' }, true)).toBe('json');
  });

  it('writes pretty lines a person reads, and JSON lines a collector reads', () => {
    const write = (format: 'pretty' | 'json') => {
      const out: string[] = [];
      const stream = new Writable({
        write(chunk: Buffer, _e, cb) {
          out.push(chunk.toString());
          cb();
        },
      });
      const logger = createLogger(
        { env: 'development', logLevel: 'info', logFormat: format },
        stream as unknown as NodeJS.WritableStream & { write(msg: string): void },
      );
      logger.info({ requestId: 'r-1', roundTrips: 2 }, 'graphql request');
      logger.flush();
      return out.join('');
    };
    const pretty = write('pretty');
    expect(pretty).toMatch(/INFO.*graphql request/);
    expect(pretty).toMatch(/requestId: "r-1"/);
    expect(() => JSON.parse(pretty)).toThrow();
    expect(JSON.parse(write('json'))).toMatchObject({ level: 30, msg: 'graphql request', requestId: 'r-1' });
  });
});
