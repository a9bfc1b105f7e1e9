/**
 * Hostile requests: each is refused with a clear error (a 4xx, or a GraphQL error with a code) and
 * reaches no database at all: the response's `extensions.roundTrips` is 0 where there is a GraphQL
 * body, and the driver opened no session while the request was handled (which also covers refusals
 * made by the HTTP layer before GraphQL).
 */
import { connectTestDatabase } from '../support/database';
import { serviceSuite } from '../support/service-suite';
import { AUTH_ENV, TOKENS, bearer } from '../support/tokens';
import {
  Tally,
  clip,
  errorCodes,
  gql,
  rawRequest,
  spawnService,
  type RawRequest,
  type RawResponse,
} from './support';

interface Case {
  name: string;
  request: RawRequest;
  /** Acceptable HTTP statuses. */
  status: number[];
  /** Acceptable `extensions.code` of the first error (when the body is GraphQL JSON). */
  codes?: string[];
  /** A word the error message must contain, so the client learns what was wrong. */
  says?: RegExp;
}

const nest = (levels: number, leaf: string) =>
  'neighbours { edges { node { '.repeat(levels) + leaf + ' } } }'.repeat(levels);

const CSRF = /Cross-Site Request Forgery|CSRF/;
const VALIDATION = ['GRAPHQL_VALIDATION_FAILED'];
const MB = 1024 * 1024;

const CASES: Case[] = [
  {
    name: 'too deep (depth 14 > 12)',
    request: gql(`{ node(id: "municipality:delft") { ${nest(4, 'id')} } }`),
    status: [400],
    codes: VALIDATION,
    says: /depth/i,
  },
  {
    name: 'too costly (nested pages of 100)',
    request: gql(
      '{ municipalities(first: 100) { edges { node { partners(first: 100) { node { id name } } organisations(first: 100) { node { id name } } } } } }',
    ),
    status: [400],
    codes: ['QUERY_TOO_COMPLEX'],
    says: /too costly/,
  },
  {
    name: 'alias flood (40 aliases)',
    request: gql(`{ ${Array.from({ length: 40 }, (_, i) => `a${i}: health { status }`).join(' ')} }`),
    status: [400],
    codes: VALIDATION,
    says: /alias/i,
  },
  {
    name: 'alias flood of database fields (31 × node)',
    request: gql(
      `{ ${Array.from({ length: 31 }, (_, i) => `n${i}: node(id: "municipality:delft") { id }`).join(' ')} }`,
    ),
    status: [400],
    codes: VALIDATION,
    says: /alias/i,
  },
  {
    name: 'token flood (> 2000 tokens)',
    request: gql(`{ health { ${'status '.repeat(2100)} } }`),
    status: [400],
    codes: ['GRAPHQL_PARSE_FAILED'],
    says: /token/i,
  },
  {
    name: 'oversized page (first: 10000, flat)',
    request: gql('{ municipalities(first: 10000) { totalCount edges { node { id } } } }'),
    status: [200, 400],
    codes: ['BAD_USER_INPUT', 'QUERY_TOO_COMPLEX'],
    says: /first|costly/,
  },
  {
    name: 'oversized page (first: 10000, count only)',
    request: gql('{ organisations(first: 10000) { totalCount } }'),
    status: [200, 400],
    codes: ['BAD_USER_INPUT'],
    says: /first/,
  },
  {
    name: 'oversized page in a variable',
    request: gql('query ($n: Int!) { people(first: $n) { totalCount } }', { n: 10000 }),
    status: [200, 400],
    codes: ['BAD_USER_INPUT', 'QUERY_TOO_COMPLEX'],
    says: /first|costly/,
  },
  {
    name: 'negative page (first: -1)',
    request: gql('{ themes(first: -1) { totalCount } }'),
    status: [200, 400],
    codes: ['BAD_USER_INPUT'],
    says: /first/,
  },
  {
    name: 'neighbourhood too deep and too wide (depth 10, limit 100000)',
    request: gql('{ neighbourhood(id: "municipality:delft", depth: 10, limit: 100000) { truncated } }'),
    status: [200, 400],
    codes: ['BAD_USER_INPUT', 'QUERY_TOO_COMPLEX'],
    says: /depth|limit|costly/,
  },
  {
    name: 'path too long (maxLength 1000)',
    request: gql(
      '{ shortestPath(from: "municipality:delft", to: "municipality:meppel", maxLength: 1000) { length } }',
    ),
    status: [200, 400],
    codes: ['BAD_USER_INPUT'],
    says: /maxLength/,
  },
  {
    name: 'Int overflow (first: 99999999999)',
    request: gql('{ municipalities(first: 99999999999) { totalCount } }'),
    status: [400],
    codes: VALIDATION,
    says: /Int/,
  },
  {
    name: 'batched array body',
    request: {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ health { status } }' }, { query: '{ themes { totalCount } }' }]),
    },
    status: [400],
    codes: ['BAD_REQUEST'],
    says: /batching/i,
  },
  {
    name: 'CSRF: text/plain POST of a mutation, no preflight header',
    request: {
      method: 'POST',
      headers: { 'content-type': 'text/plain', ...bearer(TOKENS.editor) },
      body: JSON.stringify({
        query: 'mutation { createTheme(input: { id: "theme:csrf", name: "csrf", evidence: [] }) { id } }',
      }),
    },
    status: [400],
    codes: ['BAD_REQUEST'],
    says: CSRF,
  },
  {
    name: 'CSRF: form-urlencoded POST',
    request: {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=%7B%20themes%20%7B%20totalCount%20%7D%20%7D',
    },
    status: [400],
    codes: ['BAD_REQUEST'],
    says: CSRF,
  },
  {
    name: 'CSRF: GET of a query without preflight header',
    request: { method: 'GET', path: `/graphql?query=${encodeURIComponent('{ themes { totalCount } }')}` },
    status: [400],
    codes: ['BAD_REQUEST'],
    says: CSRF,
  },
  {
    name: 'CSRF: GET of a mutation without preflight header',
    request: {
      method: 'GET',
      path: `/graphql?query=${encodeURIComponent('mutation { setDocumentRestricted(id: "x", restricted: true) { id } }')}`,
      headers: bearer(TOKENS.editor),
    },
    status: [400],
    codes: ['BAD_REQUEST'],
    says: CSRF,
  },
  {
    name: 'GET of a mutation with the preflight header',
    request: {
      method: 'GET',
      path: `/graphql?query=${encodeURIComponent('mutation { setDocumentRestricted(id: "x", restricted: true) { id } }')}`,
      headers: { 'apollo-require-preflight': 'true', ...bearer(TOKENS.editor) },
    },
    status: [405],
    codes: ['BAD_REQUEST'],
    says: /mutation/,
  },
  {
    name: 'huge string argument (1 MB nameContains variable)',
    request: gql('query ($s: String) { municipalities(filter: { nameContains: $s }) { totalCount } }', {
      s: 'a'.repeat(MB),
    }),
    status: [413],
  },
  {
    name: 'huge string literal in the document (1 MB)',
    request: gql(`{ search(text: "${'b'.repeat(MB)}") { score } }`),
    status: [413],
  },
  {
    name: 'long string under the body limit (200 kB nameContains)',
    request: gql('query ($s: String) { municipalities(filter: { nameContains: $s }) { totalCount } }', {
      s: 'a'.repeat(200 * 1024),
    }),
    status: [200, 400],
    codes: ['BAD_USER_INPUT'],
    says: /nameContains/,
  },
  {
    name: 'long search text (250 kB literal)',
    request: gql(`{ search(text: "${'zorg '.repeat(50 * 1024)}") { score } }`),
    status: [200, 400],
    codes: ['BAD_USER_INPUT'],
    says: /text/,
  },
  {
    name: 'unknown enum value (literal)',
    request: gql('{ municipalities(orderBy: NAME_SIDEWAYS) { totalCount } }'),
    status: [400],
    codes: VALIDATION,
    says: /NAME_SIDEWAYS|NameOrder/,
  },
  {
    name: 'unknown enum value (variable)',
    request: gql('query ($o: NameOrder!) { municipalities(orderBy: $o) { totalCount } }', {
      o: 'NAME_SIDEWAYS',
    }),
    status: [400],
    codes: ['BAD_USER_INPUT'],
    says: /NameOrder|NAME_SIDEWAYS/,
  },
  {
    name: 'unknown enum value in a list variable (search kinds)',
    request: gql('query ($k: [NodeKind!]) { search(text: "zorg", kinds: $k) { score } }', {
      k: ['Municipality', 'Everything'],
    }),
    status: [400],
    codes: ['BAD_USER_INPUT'],
    says: /NodeKind|Everything/,
  },
  {
    name: 'variable of the wrong type (first: "ten")',
    request: gql('query ($n: Int!) { themes(first: $n) { totalCount } }', { n: 'ten' }),
    status: [400],
    codes: ['BAD_USER_INPUT'],
    says: /Int/,
  },
  {
    name: 'required variable missing',
    request: gql('query ($id: ID!) { node(id: $id) { id } }', {}),
    status: [400],
    codes: ['BAD_USER_INPUT'],
    says: /\$id/,
  },
  {
    name: 'operationName naming no operation (anonymous document)',
    request: {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ themes { totalCount } }', operationName: 'Nope' }),
    },
    status: [400],
    codes: ['OPERATION_RESOLUTION_FAILURE'],
    says: /Nope/,
  },
  {
    name: 'recursive introspection (fields { type { fields … } } × 4)',
    request: gql(
      '{ __schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }',
    ),
    status: [400],
    codes: VALIDATION,
    says: /introspection depth/,
  },
  {
    name: 'unknown field',
    request: gql('{ municipalities { edges { node { password } } } }'),
    status: [400],
    codes: VALIDATION,
    says: /password/,
  },
  {
    name: 'malformed JSON body',
    request: {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ health { status ',
    },
    status: [400],
  },
  {
    name: 'JSON body that is not an object (null)',
    request: { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'null' },
    status: [400],
  },
  {
    name: 'query that is not a string',
    request: { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": 42}' },
    status: [400],
    codes: ['BAD_REQUEST'],
  },
  {
    name: 'mutation by the public (no token)',
    request: gql(
      `mutation { createTheme(input: { id: "theme:hostile", name: "x", evidence: [{ document: "document:000-22230f0f29cf03ba", excerpt: "x" }] }) { id } }`,
    ),
    status: [200, 401, 403],
    codes: ['UNAUTHENTICATED', 'FORBIDDEN'],
  },
  {
    name: 'a wrong bearer token',
    request: gql('{ themes { totalCount } }', undefined, bearer('not-a-token-of-ours-0123456789')),
    status: [401],
    codes: ['UNAUTHENTICATED'],
  },
];

describe('hostile requests are refused before the database', () => {
  const suite = serviceSuite(AUTH_ENV, {
    connect: () => {
      const database = connectTestDatabase();
      // Every session the driver opens, whatever opens it: "no round trip" means none was opened.
      const open = database.driver.session.bind(database.driver);
      database.driver.session = ((...args: Parameters<typeof open>) => {
        sessions++;
        return open(...args);
      }) as typeof database.driver.session;
      return database;
    },
  });
  let sessions = 0;

  it('refuses each with a clear 4xx or coded error, and zero database round trips', async () => {
    // A control: a real query does reach the database, so the counters do count.
    const sessionsBefore = sessions;
    const control = await rawRequest(suite.service.base, gql('{ themes(first: 1) { totalCount } }'));
    expect(control.json?.extensions?.roundTrips).toBeGreaterThan(0);
    expect(sessions).toBeGreaterThan(sessionsBefore);

    const problems: string[] = [];
    const failedCases = new Set<string>();
    const byStatus = new Tally();
    const byCode = new Tally();
    const lines: string[] = [];
    for (const c of CASES) {
      const opened = sessions;
      const res: RawResponse = await rawRequest(suite.service.base, { ...c.request, timeoutMs: 30_000 });
      const dbSessions = sessions - opened;
      const code = errorCodes(res.json)[0];
      const message = res.json?.errors?.[0]?.message ?? clip(res.text.replace(/\s+/g, ' '), 80);
      const roundTrips = res.json?.extensions?.roundTrips;
      byStatus.add(String(res.status));
      byCode.add(code ?? `(${res.headers['content-type']?.split(';')[0] ?? 'no body'})`);
      lines.push(
        `  ${c.name}: ${res.status} ${code ?? '-'} roundTrips=${roundTrips ?? 'n/a'} sessions=${dbSessions} "${clip(message, 110)}"`,
      );
      const wrong = (what: string) => {
        failedCases.add(c.name);
        problems.push(`${c.name}: ${what} — got ${res.status} ${clip(res.text, 200)}`);
      };
      if (res.outcome !== 'response') wrong(`no clean response (${res.outcome}: ${res.error})`);
      if (res.status >= 500) wrong('a 5xx for a client error');
      if (!c.status.includes(res.status)) wrong(`status not in ${c.status.join('/')}`);
      if (c.codes && !(code && c.codes.includes(code))) wrong(`code not in ${c.codes.join('/')}`);
      if (c.says && res.json && !c.says.test(message)) wrong(`message does not say ${c.says}`);
      if (res.json && !res.json.errors?.length) wrong('no error');
      if (res.json?.data && Object.values(res.json.data).some((v) => v !== null))
        wrong('data with the refusal');
      if (roundTrips !== undefined && roundTrips !== 0) wrong(`roundTrips=${roundTrips}`);
      if (dbSessions !== 0) wrong(`${dbSessions} database sessions opened`);
    }
    console.log(
      `[reliability] hostile: sent=${CASES.length} refusedCleanly=${CASES.length - failedCases.size} ` +
        `byStatus=${byStatus} byCode=${byCode} notClean=${[...failedCases].join(' | ') || 'none'}\n${lines.join('\n')}`,
    );
    expect(problems).toEqual([]);
  }, 120_000);

  it('answers malformed JSON and oversized bodies without a stack trace in production', async () => {
    // A real process: Express decides on stack traces from the process's own NODE_ENV.
    const production = await spawnService({ NODE_ENV: 'production', LOG_LEVEL: 'silent' });
    try {
      const requests: RawRequest[] = [
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ health' },
        gql('query ($s: String) { themes(filter: { nameContains: $s }) { totalCount } }', {
          s: 'x'.repeat(MB),
        }),
        {
          method: 'POST',
          headers: { 'content-type': 'application/json; charset=latin1' },
          body: '{"query":"{ health { status } }"}',
        },
      ];
      const statuses: number[] = [];
      for (const request of requests) {
        const res = await rawRequest(production.base, request);
        statuses.push(res.status);
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        expect(res.text).not.toMatch(/node_modules|at [\w.<>]+ \(|Error: /);
      }
      console.log(
        `[reliability] hostile (production process): malformed JSON / 1 MB body / bad charset → ${statuses.join(', ')}, no stack traces`,
      );
    } finally {
      production.child.kill('SIGTERM');
      await production.exited;
    }
  }, 120_000);
});
