/**
 * `pageInfo` as Relay clients expect it (issue 23): `hasPreviousPage`, `hasNextPage`, `startCursor`
 * and `endCursor`. Lists page forward with keyset cursors, so `hasPreviousPage` is true exactly when
 * `after` was given and an item of the list is at or before that cursor; whether one is, the read
 * asks the database only when a client selects `hasPreviousPage`. Here without Neo4j: toConnection
 * itself, then whole operations over the real schema with canned database answers, checking both
 * the Cypher each read sends and the `pageInfo` it gives.
 */
import { type GraphQLObjectType, type GraphQLSchema, execute, parse } from 'graphql';
import type { Params, Row } from '../../src/db/database';
import { DryRun, type RecordedStatement } from '../../src/db/dry-run';
import { encodeCursor, type Keyset } from '../../src/graph/records/cursor';
import { toConnection } from '../../src/graph/compile/page';
import { createContext } from '../../src/graph/compile/context';
import { ANONYMOUS, type Viewer } from '../../src/model';
import { buildGraphSchema } from '../../src/server/schema';

interface Item {
  name: string;
  id: string;
}

const ITEMS: Item[] = ['Aa', 'Bb', 'Cc'].map((name) => ({ name, id: `org:${name.toLowerCase()}` }));
const keysetOf = (item: Item): Keyset => [item.name, item.id];

describe('the PageInfo type', () => {
  it('has the four fields of the Relay cursor connections spec, typed as it says', async () => {
    // graphql-schema-linter's relay-page-info-spec checks the two booleans only.
    const pageInfo = (await buildGraphSchema()).getType('PageInfo') as GraphQLObjectType;
    const fields = Object.fromEntries(
      Object.values(pageInfo.getFields()).map((field) => [field.name, String(field.type)]),
    );
    expect(fields).toEqual({
      hasPreviousPage: 'Boolean!',
      hasNextPage: 'Boolean!',
      startCursor: 'String',
      endCursor: 'String',
    });
  });
});

describe('toConnection: the pageInfo of a page', () => {
  const never = async (): Promise<boolean> => {
    throw new Error('asked whether an item precedes, where it needs not be');
  };

  it('starts a list with no previous page, and gives the cursors of its first and last item', async () => {
    const page = toConnection(ITEMS, 2, keysetOf, async () => 3, { after: null, precedes: never });
    expect(page.edges.map((e) => e.node.id)).toEqual(['org:aa', 'org:bb']);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.pageInfo.startCursor).toBe(encodeCursor(['Aa', 'org:aa']));
    expect(page.pageInfo.startCursor).toBe(page.edges[0].cursor);
    expect(page.pageInfo.endCursor).toBe(page.edges[1].cursor);
    await expect(page.pageInfo.hasPreviousPage).resolves.toBe(false);
  });

  it('has a previous page after a cursor exactly when the read finds an item at or before it', async () => {
    const after = encodeCursor(['Aa', 'org:aa']);
    const found = toConnection(ITEMS.slice(1), 2, keysetOf, async () => 3, {
      after,
      precedes: async () => true,
    });
    await expect(found.pageInfo.hasPreviousPage).resolves.toBe(true);
    expect(found.pageInfo.hasNextPage).toBe(false);
    // The cursor's item is gone and nothing was before it: this is the start of the list now.
    const gone = toConnection(ITEMS.slice(1), 2, keysetOf, async () => 2, {
      after,
      precedes: async () => false,
    });
    await expect(gone.pageInfo.hasPreviousPage).resolves.toBe(false);
  });

  it('asks only when hasPreviousPage is read, and only once', async () => {
    const precedes = jest.fn(async () => true);
    const page = toConnection(ITEMS, 1, keysetOf, async () => 3, { after: 'x', precedes });
    expect(precedes).not.toHaveBeenCalled();
    await expect(page.pageInfo.hasPreviousPage).resolves.toBe(true);
    await expect(page.pageInfo.hasPreviousPage).resolves.toBe(true);
    expect(precedes).toHaveBeenCalledTimes(1);
  });

  it('paged past the end: no items, no cursors, and the items before it still precede', async () => {
    const page = toConnection([], 2, keysetOf, async () => 3, {
      after: encodeCursor(['Cc', 'org:cc']),
      precedes: async () => true,
    });
    expect(page.edges).toEqual([]);
    expect(page.pageInfo).toMatchObject({ hasNextPage: false, startCursor: null, endCursor: null });
    await expect(page.pageInfo.hasPreviousPage).resolves.toBe(true);
  });

  it('takes an empty `after` as none, as the reads do', async () => {
    const page = toConnection(ITEMS, 3, keysetOf, async () => 3, { after: '', precedes: never });
    await expect(page.pageInfo.hasPreviousPage).resolves.toBe(false);
  });
});

/** Records every statement, like a dry run, and answers each by its name (without a `#variant`). */
class CannedDatabase extends DryRun {
  constructor(private readonly answers: Record<string, Row[]>) {
    super();
  }

  override async read(query: string | { name: string; text: string }, params: Params = {}): Promise<Row[]> {
    await super.read(query, params);
    return this.answers[this.recorded.at(-1)!.name.split('#')[0]] ?? [];
  }
}

const RESEARCHER: Viewer = { subject: 'test', roles: new Set(['researcher']), seeRestricted: true };

const organisation = (name: string, id: string) => ({
  id,
  name,
  label: 'Organisation',
  restricted: false,
  aliases: [],
});

describe('hasPreviousPage through the API (canned database answers)', () => {
  let schema: GraphQLSchema;

  beforeAll(async () => {
    schema = await buildGraphSchema();
  });

  async function run(
    operation: string,
    answers: Record<string, Row[]>,
    variables: Record<string, unknown> = {},
    viewer: Viewer = ANONYMOUS,
  ): Promise<{ data: Record<string, unknown>; statements: RecordedStatement[] }> {
    const database = new CannedDatabase(answers);
    const result = await execute({
      schema,
      document: parse(operation),
      variableValues: variables,
      contextValue: createContext(database, 'test', viewer),
    });
    if (result.errors?.length) throw result.errors[0];
    return { data: result.data as Record<string, unknown>, statements: database.recorded };
  }

  const LIST = `query ($after: String, $orderBy: NameOrder, $filter: OrganisationFilter) {
    organisations(first: 2, after: $after, orderBy: $orderBy, filter: $filter) {
      edges { cursor node { id } }
      pageInfo { hasPreviousPage hasNextPage startCursor endCursor }
    }
  }`;
  const PAGE = [organisation('Bb', 'org:bb'), organisation('Cc', 'org:cc'), organisation('Dd', 'org:dd')];

  it('a list’s first page: no previous page, no check in its statement, the Relay cursors', async () => {
    const { data, statements } = await run(LIST, { 'compiled/organisations': [{ items: PAGE }] });
    expect(statements).toHaveLength(1);
    expect(statements[0].text).not.toContain('precedes');
    expect(data.organisations).toEqual({
      edges: [
        { cursor: encodeCursor(['Bb', 'org:bb']), node: { id: 'org:bb' } },
        { cursor: encodeCursor(['Cc', 'org:cc']), node: { id: 'org:cc' } },
      ],
      pageInfo: {
        hasPreviousPage: false,
        hasNextPage: true,
        startCursor: encodeCursor(['Bb', 'org:bb']),
        endCursor: encodeCursor(['Cc', 'org:cc']),
      },
    });
  });

  it.each([
    ['NAME_ASC', '<='],
    ['NAME_DESC', '>='],
  ])(
    'a list after a cursor, %s: the same statement asks whether a node is at or before it (%s)',
    async (orderBy, atOrBefore) => {
      const after = encodeCursor(['Aa', 'org:aa']);
      for (const precedes of [true, false]) {
        const { data, statements } = await run(
          LIST,
          { 'compiled/organisations': [{ items: PAGE.slice(0, 2), precedes }] },
          { after, orderBy, filter: { type: 'SOCIAL_WORK' } },
        );
        expect(statements).toHaveLength(1);
        const { text, params } = statements[0];
        const check = /EXISTS \{ MATCH \(n:Organisation\) (.*) \} AS precedes/.exec(text);
        expect(check).not.toBeNull();
        // It seeks from the page's own keyset parameters, the viewer's visibility and the filter.
        const [, name, id] = /\[n\.name, n\.id\] [<>]=? \[(\$p\d+), (\$p\d+)\]/.exec(text)!;
        expect([params[name.slice(1)], params[id.slice(1)]]).toEqual(['Aa', 'org:aa']);
        expect(check![1]).toContain(`n.name ${atOrBefore} ${name} `);
        expect(check![1]).toContain(`[n.name, n.id] ${atOrBefore} [${name}, ${id}]`);
        expect(check![1]).toContain('$seeRestricted');
        expect(check![1]).toMatch(/n\.type = \$p\d+/);
        expect((data.organisations as { pageInfo: unknown }).pageInfo).toEqual({
          hasPreviousPage: precedes,
          hasNextPage: false,
          startCursor: encodeCursor(['Bb', 'org:bb']),
          endCursor: encodeCursor(['Cc', 'org:cc']),
        });
      }
    },
  );

  it('leaves the check out of a list’s statement when hasPreviousPage is not selected', async () => {
    const { statements } = await run(
      `query ($after: String) { organisations(first: 2, after: $after) { pageInfo { hasNextPage endCursor } } }`,
      { 'compiled/organisations': [{ items: [] }] },
      { after: encodeCursor(['Aa', 'org:aa']) },
    );
    expect(statements[0].text).not.toContain('precedes');
  });

  it('sees hasPreviousPage asked for under an alias, in a fragment', async () => {
    const { data, statements } = await run(
      `query ($after: String) { organisations(first: 2, after: $after) { pageInfo { ...Back } } }
      fragment Back on PageInfo { back: hasPreviousPage }`,
      { 'compiled/organisations': [{ items: [], precedes: true }] },
      { after: encodeCursor(['Aa', 'org:aa']) },
    );
    expect(statements[0].text).toContain('AS precedes');
    expect(data).toEqual({ organisations: { pageInfo: { back: true } } });
  });

  const NEIGHBOURS = `pageInfo { hasPreviousPage startCursor endCursor }`;
  const NEIGHBOUR_CURSOR: Keyset = [
    'Delft',
    'municipality:delft',
    'municipality:delft|NOMINATED_BY|org:kwadraad',
  ];

  it('neighbours below a compiled read: the check is part of the one statement', async () => {
    const after = encodeCursor(NEIGHBOUR_CURSOR);
    const { data, statements } = await run(
      `query ($after: String) { organisation(id: "org:kwadraad") { neighbours(first: 2, after: $after) { ${NEIGHBOURS} } } }`,
      {
        'compiled/organisation': [
          {
            node: {
              ...organisation('Kwadraad', 'org:kwadraad'),
              _: { neighbours: { items: [], precedes: true } },
            },
          },
        ],
      },
      { after },
    );
    expect(statements.map((s) => s.name)).toEqual(['compiled/organisation']);
    const [, keyset] =
      /precedes: EXISTS \{ MATCH .* AND \[m\d+\.name, m\d+\.id, r\d+\.key\] <= \$(p\d+) \}/.exec(
        statements[0].text,
      )!;
    expect(statements[0].params[keyset]).toEqual(NEIGHBOUR_CURSOR);
    expect(data).toEqual({
      organisation: {
        neighbours: { pageInfo: { hasPreviousPage: true, startCursor: null, endCursor: null } },
      },
    });
  });

  it('neighbours below a compiled read, without hasPreviousPage or without a cursor: no check', async () => {
    const answers = {
      'compiled/organisation': [
        { node: { ...organisation('Kwadraad', 'org:kwadraad'), _: { nb: { items: [] } } } },
      ],
    };
    const noField = await run(
      `query ($after: String) { organisation(id: "org:kwadraad") { nb: neighbours(after: $after) { pageInfo { hasNextPage } } } }`,
      answers,
      { after: encodeCursor(NEIGHBOUR_CURSOR) },
    );
    expect(noField.statements[0].text).not.toContain('precedes');
    const noCursor = await run(
      `{ organisation(id: "org:kwadraad") { nb: neighbours { pageInfo { hasPreviousPage } } } }`,
      answers,
    );
    expect(noCursor.statements[0].text).not.toContain('precedes');
    expect(noCursor.data).toEqual({ organisation: { nb: { pageInfo: { hasPreviousPage: false } } } });
  });

  it('neighbours of a search hit: the check is part of the search statement (one read path)', async () => {
    const after = encodeCursor(NEIGHBOUR_CURSOR);
    const hit = {
      ...organisation('Kwadraad', 'org:kwadraad'),
      _: { neighbours: { items: [], precedes: true } },
    };
    const { data, statements } = await run(
      `query ($after: String) { search(text: "kwadraad") { node { neighbours(after: $after, types: [NOMINATED_BY]) { ${NEIGHBOURS} } } } }`,
      { 'network/search': [{ exact: true, kept: 1, hits: [{ node: hit, score: 1, texts: null }] }] },
      { after },
    );
    expect(statements.map((s) => s.name)).toEqual(['network/search']);
    expect(statements[0].text).toContain('precedes');
    expect(Object.values(statements[0].params)).toContainEqual([...NEIGHBOUR_CURSOR]);
    expect(data).toEqual({
      search: [
        { node: { neighbours: { pageInfo: { hasPreviousPage: true, startCursor: null, endCursor: null } } } },
      ],
    });
  });

  const AUDIT = `query ($after: String) { auditLog(first: 1, after: $after, target: "org:kwadraad") {
    edges { cursor } pageInfo { hasPreviousPage hasNextPage startCursor endCursor } } }`;
  const EVENT = (id: string, at: string) => ({
    event: {
      id,
      at,
      actor: 'editor',
      action: 'UPDATE_NODE',
      target: 'org:kwadraad',
      version: 2,
      summary: 's',
    },
  });

  it('the audit log: checks for newer events only after a cursor', async () => {
    const answers = {
      'curation/audit-page': [
        EVENT('audit:b', '2026-01-02T00:00:00Z'),
        EVENT('audit:a', '2026-01-01T00:00:00Z'),
      ],
      'curation/audit-precedes': [{ precedes: true }],
    };
    const first = await run(AUDIT, answers, {}, RESEARCHER);
    expect(first.statements.map((s) => s.name)).toEqual(['curation/audit-page']);
    const cursor = encodeCursor(['2026-01-02T00:00:00Z', 'audit:b']);
    expect(first.data).toEqual({
      auditLog: {
        edges: [{ cursor }],
        pageInfo: { hasPreviousPage: false, hasNextPage: true, startCursor: cursor, endCursor: cursor },
      },
    });
    const next = await run(AUDIT, answers, { after: cursor }, RESEARCHER);
    const check = next.statements.find((s) => s.name === 'curation/audit-precedes');
    expect(check?.params).toEqual({
      target: 'org:kwadraad',
      afterAt: '2026-01-02T00:00:00Z',
      afterId: 'audit:b',
    });
    expect(check?.text).toContain(
      'e.at > datetime($afterAt) OR (e.at = datetime($afterAt) AND e.id >= $afterId)',
    );
    expect((next.data.auditLog as { pageInfo: { hasPreviousPage: boolean } }).pageInfo.hasPreviousPage).toBe(
      true,
    );
  });
});
