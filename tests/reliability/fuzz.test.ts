/**
 * Fuzzing with fast-check against the real service running as its own process: malformed and
 * hostile documents, variables and raw bodies (random tokens, wrong types, deep nesting, random
 * unicode with lone surrogates, invalid UTF-8 bytes, Cypher fragments in every string input of
 * representative operations, search and filters included, and mutations that must be refused).
 * The process must never crash, never answer 5xx or INTERNAL_SERVER_ERROR to a client's error, never
 * hang, and the graph must be unchanged afterwards (content hash before and after). Requests refused
 * before GraphQL (malformed JSON, a body over the limit, an unsupported content type, a method not
 * allowed, an unknown path, raw random bytes) must get their status and code, and no response on
 * any path may be HTML, carry a stack trace, or be an error outside GraphQL's error shape.
 */
import fc from 'fast-check';
import { type GraphQLSchema, getOperationAST, getVariableValues, parse } from 'graphql';
import { buildGraphSchema } from '../../src/server/schema';
import { databaseSuite } from '../support/service-suite';
import { AUTH_ENV, TOKENS, bearer } from '../support/tokens';
import { CYPHER_FRAGMENTS, anyValue, enumish, hostileString, intish } from './hostile-values';
import {
  type ChildService,
  type RawRequest,
  type RawResponse,
  Tally,
  clip,
  errorCodes,
  graphHash,
  logRecords,
  rawRequest,
  spawnService,
} from './support';

/** The bound: at most this many requests, sent 4 at a time, and at most this long. */
const MAX_REQUESTS = 2000;
const CONCURRENCY = 4;
const TIME_LIMIT_MS = 60_000;
const REQUEST_TIMEOUT_MS = 20_000;
const SEED = Number(process.env.FUZZ_SEED ?? 20240608);

interface Generated {
  kind: string;
  request: RawRequest;
  /** The refusal a bad request must get (any status otherwise, within the rules below). */
  expect?: { status: number; code: string };
}

const json = (kind: string, body: unknown, headers: Record<string, string> = {}): Generated => ({
  kind,
  request: {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  },
});

/** Percent-encodes the UTF-8 bytes (encodeURIComponent throws on a lone surrogate). */
const pct = (text: string) =>
  [...Buffer.from(text, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const filterOf = (keys: Record<string, fc.Arbitrary<unknown>>) =>
  optional(fc.oneof(fc.record(keys, { requiredKeys: [] }), anyValue));

/** Representative operations, each with generated (often ill-typed) variables. */
const OPERATIONS: { name: string; query: string; variables: fc.Arbitrary<Record<string, unknown>> }[] = [
  {
    name: 'search',
    query:
      'query ($text: String!, $kinds: [NodeKind!], $first: Int!) { search(text: $text, kinds: $kinds, first: $first) { score snippet node { id name kind } } }',
    variables: fc.record(
      {
        text: anyValue,
        kinds: optional(fc.oneof(fc.array(enumish, { maxLength: 3 }), anyValue)),
        first: intish,
      },
      { requiredKeys: ['text'] },
    ),
  },
  {
    name: 'municipalities',
    query:
      'query ($f: MunicipalityFilter, $first: Int!, $after: String, $o: NameOrder!) { municipalities(filter: $f, first: $first, after: $after, orderBy: $o) { totalCount edges { cursor node { id name } } } }',
    variables: fc.record(
      {
        f: filterOf({ nameContains: anyValue, awardYear: intish, region: anyValue, theme: anyValue }),
        first: intish,
        after: optional(anyValue),
        o: enumish,
      },
      { requiredKeys: [] },
    ),
  },
  {
    name: 'organisations',
    query:
      'query ($f: OrganisationFilter, $first: Int!, $after: String) { organisations(filter: $f, first: $first, after: $after) { totalCount edges { node { id name } } } }',
    variables: fc.record(
      {
        f: filterOf({ municipality: anyValue, nameContains: anyValue, theme: anyValue, type: enumish }),
        first: intish,
        after: optional(anyValue),
      },
      { requiredKeys: [] },
    ),
  },
  {
    name: 'people',
    query:
      'query ($f: PersonFilter, $o: NameOrder!) { people(filter: $f, orderBy: $o) { totalCount edges { node { id name phone } } } }',
    variables: fc.record(
      { f: filterOf({ municipality: anyValue, nameContains: anyValue, organisation: anyValue }), o: enumish },
      { requiredKeys: [] },
    ),
  },
  {
    name: 'quotes',
    query: 'query ($f: QuoteFilter) { quotes(filter: $f) { totalCount edges { node { id text } } } }',
    variables: fc.record(
      { f: filterOf({ document: anyValue, speaker: anyValue, textContains: anyValue, theme: anyValue }) },
      { requiredKeys: [] },
    ),
  },
  {
    name: 'documents',
    query: 'query ($f: DocumentFilter) { documents(filter: $f) { totalCount edges { node { id title } } } }',
    variables: fc.record(
      { f: filterOf({ documentKind: anyValue, titleContains: anyValue }) },
      { requiredKeys: [] },
    ),
  },
  {
    name: 'node',
    query: 'query ($id: ID!) { node(id: $id) { id name kind restricted } }',
    variables: fc.record({ id: anyValue }, { requiredKeys: [] }),
  },
  {
    name: 'neighbourhood',
    query:
      'query ($id: ID!, $depth: Int!, $limit: Int!, $kinds: [NodeKind!], $types: [RelationshipType!]) { neighbourhood(id: $id, depth: $depth, limit: $limit, kinds: $kinds, types: $types) { truncated nodes { id } } }',
    variables: fc.record(
      {
        id: anyValue,
        depth: intish,
        limit: intish,
        kinds: optional(fc.array(enumish, { maxLength: 3 })),
        types: optional(fc.array(enumish, { maxLength: 3 })),
      },
      { requiredKeys: [] },
    ),
  },
  {
    name: 'shortestPath',
    query:
      'query ($from: ID!, $to: ID!, $max: Int!) { shortestPath(from: $from, to: $to, maxLength: $max) { length nodes { id } } }',
    variables: fc.record({ from: anyValue, to: anyValue, max: intish }, { requiredKeys: [] }),
  },
];

/** Mutations that must all be refused: by role, or (as an editor) for evidence from no document. */
const MUTATIONS: { name: string; query: string; variables: fc.Arbitrary<Record<string, unknown>> }[] = [
  {
    name: 'createTheme',
    query: 'mutation ($input: CreateThemeInput!) { createTheme(input: $input) { id } }',
    variables: fc.record({
      input: fc.record(
        {
          id: fc.oneof(
            anyValue,
            hostileString.map((s) => `theme:fuzz-${s}`),
          ),
          name: anyValue,
          aliases: fc.oneof(fc.array(anyValue, { maxLength: 3 }), anyValue),
          // Never a document of the graph, so an editor's create cannot succeed.
          evidence: fc.oneof(
            fc.array(
              fc.record(
                {
                  document: fc.oneof(fc.constantFrom('document:999-fuzz', ...CYPHER_FRAGMENTS), fc.integer()),
                  excerpt: anyValue,
                  inferred: fc.oneof(fc.boolean(), anyValue),
                  reason: anyValue,
                },
                { requiredKeys: [] },
              ),
              { maxLength: 3 },
            ),
            anyValue,
          ),
        },
        { requiredKeys: [] },
      ),
    }),
  },
];

/** Mutations anyone but an editor must be refused, whatever the input. */
const FORBIDDEN_MUTATIONS = [
  'mutation ($id: ID!, $r: Boolean!) { setDocumentRestricted(id: $id, restricted: $r) { id } }',
  'mutation ($key: ID!) { unlink(key: $key) }',
  'mutation ($id: ID!, $v: Int!, $input: UpdateThemeInput!) { updateTheme(id: $id, expectedVersion: $v, input: $input) { id } }',
  'mutation ($input: LinkInput!) { link(input: $input) { key } }',
];

const TOKENS_OF_GRAPHQL = [
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ':',
  '!',
  '$x',
  '$',
  '=',
  '@include(if: true)',
  '@skip',
  '...',
  'on',
  '|',
  '&',
  'query',
  'mutation',
  'subscription',
  'fragment',
  'F',
  'on Node',
  'node',
  'id',
  'name',
  'municipalities',
  'search',
  'text:',
  'first:',
  '"str"',
  '"""block"""',
  '"\\u0000"',
  '"\\uD800"',
  '1',
  '-1',
  '1e999',
  '0x1F',
  'true',
  'null',
  '#comment\n',
  '__schema',
  '__typename',
  '__type(name: "Query")',
  'String!',
  '[ID!]!',
  ',',
  '"',
  '\\',
  'ü',
  '\u0000',
];

const VALID_DOCUMENT =
  'query Q($t: String!) { search(text: $t, first: 3) { score node { id name ... on Municipality { nominatedBy { node { id } } } } } }';

const documentArb: fc.Arbitrary<Generated> = fc.oneof(
  // Random token soup.
  fc
    .array(fc.constantFrom(...TOKENS_OF_GRAPHQL), { maxLength: 80 })
    .map((tokens) => json('document: token soup', { query: tokens.join(' ') })),
  // A valid document with random edits.
  fc
    .array(
      fc.tuple(
        fc.nat({ max: VALID_DOCUMENT.length }),
        fc.nat({ max: 4 }),
        fc.string({ unit: 'binary', maxLength: 3 }),
      ),
      {
        minLength: 1,
        maxLength: 6,
      },
    )
    .map((edits) => {
      let doc = VALID_DOCUMENT;
      for (const [at, remove, insert] of edits) doc = doc.slice(0, at) + insert + doc.slice(at + remove);
      return json('document: mutated valid', { query: doc, variables: { t: 'zorg' } });
    }),
  // Deep nesting: of selections, of list values, of input objects, of braces.
  fc
    .integer({ min: 10, max: 3000 })
    .map((n) =>
      json('document: deep selection', { query: `{ ${'node(id: "x") { '.repeat(n)}id${' }'.repeat(n)} }` }),
    ),
  fc.integer({ min: 10, max: 5000 }).map((n) =>
    json('document: deep list literal', {
      query: `{ search(text: "x", kinds: ${'['.repeat(n)}Municipality${']'.repeat(n)}) { score } }`,
    }),
  ),
  fc
    .integer({ min: 10, max: 20000 })
    .map((n) => json('document: unbalanced braces', { query: '{'.repeat(n) })),
  // Written by hand: JSON.stringify itself overflows the stack at this depth.
  fc.integer({ min: 10, max: 5000 }).map((n) => ({
    kind: 'variables: deeply nested object',
    request: {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body:
        '{"query":"query ($f: MunicipalityFilter) { municipalities(filter: $f) { totalCount } }","variables":{"f":' +
        '{"nameContains":'.repeat(n) +
        '"x"' +
        '}'.repeat(n) +
        '}}',
    },
  })),
  // Random strings as documents.
  fc.string({ unit: 'binary', maxLength: 200 }).map((query) => json('document: random unicode', { query })),
);

const operationArb: fc.Arbitrary<Generated> = fc.oneof(
  ...OPERATIONS.map((op) =>
    fc
      .tuple(op.variables, fc.constantFrom<Record<string, string>>({}, bearer(TOKENS.researcher)))
      .map(([variables, headers]) => json(`operation: ${op.name}`, { query: op.query, variables }, headers)),
  ),
);

const mutationArb: fc.Arbitrary<Generated> = fc.oneof(
  ...MUTATIONS.map((m) =>
    fc
      .tuple(
        m.variables,
        fc.constantFrom<Record<string, string>>({}, bearer(TOKENS.researcher), bearer(TOKENS.editor)),
      )
      .map(([variables, headers]) => json(`mutation: ${m.name}`, { query: m.query, variables }, headers)),
  ),
  fc
    .tuple(
      fc.constantFrom(...FORBIDDEN_MUTATIONS),
      fc.record(
        { id: anyValue, r: anyValue, key: anyValue, v: intish, input: anyValue },
        { requiredKeys: [] },
      ),
      fc.constantFrom<Record<string, string>>({}, bearer(TOKENS.researcher)),
    )
    .map(([query, variables, headers]) =>
      json('mutation: forbidden to non-editors', { query, variables }, headers),
    ),
);

/** Raw bodies: invalid UTF-8 inside JSON strings, random bytes, odd content types, methods and paths. */
const rawArb: fc.Arbitrary<Generated> = fc.oneof(
  fc.uint8Array({ minLength: 1, maxLength: 24 }).map((bytes) => ({
    kind: 'raw: invalid UTF-8 in a string value',
    request: {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: Buffer.concat([
        Buffer.from(
          '{"query":"query ($s: String) { municipalities(filter: {nameContains: $s}) { totalCount } }","variables":{"s":"',
        ),
        Buffer.from([0xff, 0xc0, ...bytes, 0xed, 0xa0, 0x80]),
        Buffer.from('"}}'),
      ]),
    },
  })),
  fc.uint8Array({ minLength: 1, maxLength: 24 }).map((bytes) => ({
    kind: 'raw: invalid UTF-8 in the document',
    request: {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: Buffer.concat([
        Buffer.from('{"query":"{ search(text: \\"'),
        Buffer.from([0xc3, ...bytes]),
        Buffer.from('\\") { score } }"}'),
      ]),
    },
  })),
  fc
    .tuple(
      fc.uint8Array({ maxLength: 200 }),
      fc.constantFrom(
        'application/json',
        'application/json; charset=utf-16',
        'application/graphql',
        'application/graphql-response+json',
        'text/plain',
        'multipart/form-data; boundary=x',
        'application/x-www-form-urlencoded',
        '',
      ),
    )
    .map(([bytes, type]) => ({
      kind: 'raw: random bytes',
      request: {
        method: 'POST',
        headers: { ...(type ? { 'content-type': type } : {}), 'apollo-require-preflight': 'true' },
        body: Buffer.from(bytes),
      },
    })),
  fc
    .tuple(
      fc.jsonValue({ maxDepth: 4 }),
      fc.constantFrom('query', 'variables', 'operationName', 'extensions'),
    )
    .map(([value, key]) =>
      json('raw: JSON of a random shape', {
        query: '{ themes(first: 1) { totalCount } }',
        [key]: value,
      }),
    ),
  fc.jsonValue({ maxDepth: 3 }).map((value) => json('raw: random JSON body', value)),
  fc
    .tuple(
      fc.constantFrom('GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'POST'),
      fc.constantFrom(
        '/graphql',
        '/',
        '/readyz',
        '/healthz',
        '/export/graph.json',
        '/export/nodes.csv',
        '/nope',
      ),
      hostileString,
    )
    .map(([method, path, value]) => ({
      kind: `raw: ${method} ${path.startsWith('/export') ? '/export' : path} with a hostile query string`,
      request: {
        method,
        path: `${path}?query=${pct(`{ search(text: ${JSON.stringify(value)}) { score } }`)}&kinds=${pct(value)}&variables=${pct(value)}&raw=%ED%A0%80%FF%C0`,
        headers: { 'apollo-require-preflight': 'true' },
      },
    })),
);

const VALID_BODY = JSON.stringify({ query: '{ themes(first: 1) { totalCount } }' });

/**
 * Requests refused before GraphQL, each with the status and code it must get: JSON cut short or
 * broken, a body over the 256 kB limit, a content type other than JSON (with the preflight header,
 * so Apollo's CSRF check does not answer first), a method a path does not take, a path that does
 * not exist, and raw random bytes declared as JSON.
 */
const badRequestArb: fc.Arbitrary<Generated> = fc.oneof(
  fc.tuple(fc.nat({ max: VALID_BODY.length - 2 }), fc.string({ maxLength: 3 })).map(([cut, junk]) => ({
    kind: 'bad: malformed JSON',
    request: {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `${VALID_BODY.slice(0, cut + 1)}${junk}\u0000{`,
    },
    expect: { status: 400, code: 'BAD_REQUEST' },
  })),
  fc.integer({ min: 270_000, max: 600_000 }).map((size) => ({
    kind: 'bad: body over the limit',
    request: {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ search(text: "${'z'.repeat(size)}") { score } }` }),
    },
    expect: { status: 413, code: 'PAYLOAD_TOO_LARGE' },
  })),
  fc
    .tuple(
      fc.constantFrom(
        'application/xml',
        'text/html',
        'application/graphql',
        'text/plain',
        'image/png',
        'application/octet-stream',
        'application/json; charset=latin1',
      ),
      fc.uint8Array({ maxLength: 100 }),
    )
    .map(([type, bytes]) => ({
      kind: 'bad: unsupported content type',
      request: {
        method: 'POST',
        headers: { 'content-type': type, 'apollo-require-preflight': 'true' },
        body: Buffer.from(bytes),
      },
      expect: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
    })),
  fc
    .tuple(
      fc.constantFrom('PUT', 'DELETE', 'PATCH', 'OPTIONS'),
      fc.constantFrom(
        '/graphql',
        '/healthz',
        '/readyz',
        '/metrics',
        '/export/graph.json',
        '/export/edges.csv',
      ),
    )
    .map(([method, path]) => ({
      kind: 'bad: method not allowed',
      request: { method, path, headers: { 'content-type': 'application/json' }, body: VALID_BODY },
      expect: { status: 405, code: 'METHOD_NOT_ALLOWED' },
    })),
  fc
    .tuple(
      fc.constantFrom('GET', 'POST', 'PUT'),
      fc.stringMatching(/^[A-Za-z0-9._~%-]{1,40}$/),
      fc.constantFrom('/', '/export/', '/graphql/', '/healthz/', '/api/'),
    )
    .map(([method, segment, prefix]) => ({
      kind: 'bad: unknown path',
      request: {
        method,
        path: `${prefix}x${segment}`,
        headers: { 'content-type': 'application/json' },
        body: VALID_BODY,
      },
      expect: { status: 404, code: 'NOT_FOUND' },
    })),
  fc.uint8Array({ minLength: 1, maxLength: 300 }).map((bytes) => ({
    kind: 'bad: random bytes as JSON',
    request: {
      method: 'POST',
      // Never valid JSON: a lone 0xff cannot start any JSON text.
      headers: { 'content-type': 'application/json' },
      body: Buffer.from([0xff, ...bytes]),
    },
    expect: { status: 400, code: 'BAD_REQUEST' },
  })),
);

const requestArb: fc.Arbitrary<Generated> = fc.oneof(
  { weight: 5, arbitrary: operationArb },
  { weight: 2, arbitrary: mutationArb },
  { weight: 2, arbitrary: documentArb },
  { weight: 2, arbitrary: rawArb },
  { weight: 2, arbitrary: badRequestArb },
);

/** Whatever a response says about itself: HTML or a stack trace is a defect on any path. */
function shapeDefect(g: Generated, res: RawResponse): string | undefined {
  if (/<html|<pre|<!doctype|<body/i.test(res.text)) return 'HTML in a response';
  // A stack frame names a file with line and column; an HTML error page was checked above.
  if (/node_modules|[\w/-]+\.(js|ts|cjs|mjs):\d+:\d+/.test(res.text)) return 'a stack trace in a response';
  if (res.status < 400 || g.request.method === 'HEAD') return undefined;
  if (!res.json) return 'an error answered without a JSON body';
  const first = res.json.errors?.[0];
  if (typeof first?.message !== 'string' || typeof first.extensions?.code !== 'string')
    return "an error not in GraphQL's shape {errors:[{message,extensions:{code}}]}";
  if (g.expect && (res.status !== g.expect.status || first.extensions.code !== g.expect.code))
    return `${g.kind} answered ${res.status} ${String(first.extensions.code)}, not ${g.expect.status} ${g.expect.code}`;
  return undefined;
}

/**
 * Whether a request's variables are invalid for its operation (the client's error), as graphql-js
 * itself judges them: names the 5xx answers to such requests apart from any other 5xx.
 */
function hasInvalidVariables(schema: GraphQLSchema, request: RawRequest): boolean {
  try {
    const body = JSON.parse(String(request.body)) as { query: string; variables?: Record<string, unknown> };
    const operation = getOperationAST(parse(body.query));
    if (!operation) return false;
    return (
      getVariableValues(schema, operation.variableDefinitions ?? [], body.variables ?? {}).errors !==
      undefined
    );
  } catch {
    return false;
  }
}

describe('fuzzing the service', () => {
  const suite = databaseSuite();
  let service: ChildService;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    service = await spawnService({ ...AUTH_ENV, LOG_LEVEL: 'warn' });
    schema = await buildGraphSchema();
  }, 120_000);
  afterAll(async () => {
    await service?.kill();
  });

  it('never crashes, never answers 5xx to a client error, and changes nothing', async () => {
    const { hash: before } = await graphHash(suite.database);
    const byKind = new Tally();
    const byStatus = new Tally();
    const byCode = new Tally();
    const defects = new Map<string, string[]>();
    const defect = (what: string, g: Generated, detail: string) => {
      const list = defects.get(what) ?? [];
      if (list.length < 3) {
        const body = Buffer.isBuffer(g.request.body)
          ? g.request.body.toString('utf8')
          : (g.request.body ?? g.request.path ?? '');
        list.push(`${g.kind}: ${clip(body, 220)} → ${clip(detail, 160)}`);
      }
      defects.set(what, list);
      byKind.add(what);
    };
    let sent = 0;
    let runs = 0;
    let slowest = 0;
    const started = Date.now();

    await fc.assert(
      fc.asyncProperty(
        fc.array(requestArb, { minLength: CONCURRENCY, maxLength: CONCURRENCY }),
        async (batch) => {
          runs++;
          await Promise.all(
            batch.map(async (g) => {
              sent++;
              const res = await rawRequest(service.base, { ...g.request, timeoutMs: REQUEST_TIMEOUT_MS });
              slowest = Math.max(slowest, res.ms);
              byStatus.add(res.outcome === 'response' ? String(res.status) : res.outcome);
              for (const code of new Set(errorCodes(res.json))) byCode.add(code);
              const badShape = res.outcome === 'response' ? shapeDefect(g, res) : undefined;
              if (badShape) defect(badShape, g, res.text);
              if (res.outcome === 'timeout') defect('hang', g, res.error ?? '');
              else if (res.outcome !== 'response') defect(`transport ${res.outcome}`, g, res.error ?? '');
              else if (res.status >= 500)
                defect(
                  hasInvalidVariables(schema, g.request)
                    ? `HTTP ${res.status} for invalid variables`
                    : `HTTP ${res.status}`,
                  g,
                  res.text,
                );
              else if (errorCodes(res.json).includes('INTERNAL_SERVER_ERROR'))
                defect('INTERNAL_SERVER_ERROR with a 2xx/4xx', g, res.text);
              if (
                /"(createTheme|setDocumentRestricted|unlink|updateTheme|link)":\{|"unlink":true/.test(
                  res.text,
                )
              )
                defect('a fuzzed mutation succeeded', g, res.text);
            }),
          );
          return service.alive();
        },
      ),
      {
        numRuns: MAX_REQUESTS / CONCURRENCY,
        seed: SEED,
        endOnFailure: true,
        plugins: [fc.interruptAfterTimeLimit(TIME_LIMIT_MS)],
      },
    );

    const alive = service.alive();
    const healthz = alive ? await rawRequest(service.base, { path: '/healthz' }) : undefined;
    const { hash: after } = await graphHash(suite.database);
    const unexpectedLogged = logRecords(service.lines).filter((r) => r.msg === 'unexpected error').length;
    const defectCount = byKind.keys().reduce((n, k) => n + byKind.get(k), 0);
    console.log(
      `[reliability] fuzz: seed=${SEED} runs=${runs} requests=${sent} (cap ${MAX_REQUESTS}, ${TIME_LIMIT_MS} ms) ` +
        `in ${Date.now() - started} ms byStatus=${byStatus} byCode=${byCode} slowestMs=${slowest} ` +
        `defects=${defectCount} ${byKind} processAlive=${alive} healthz=${healthz?.status ?? 'none'} ` +
        `unexpectedErrorsLogged=${unexpectedLogged} graph=${before === after ? `unchanged (${after})` : `CHANGED ${before} → ${after}`}`,
    );
    for (const [what, examples] of defects)
      console.log(`[reliability] fuzz defect ${what}:\n  ${examples.join('\n  ')}`);

    expect(alive).toBe(true);
    expect(healthz?.status).toBe(200);
    expect(after).toBe(before);
    expect(sent).toBeGreaterThanOrEqual(400);
    expect(Object.fromEntries(defects)).toEqual({});
  }, 180_000);
});
