/**
 * Injection: Cypher fragments (and regex, Lucene and LIKE operators, NUL, backticks, parameters) in
 * every string input, filter, cursor and ordering argument of the list queries, the lookups, the walks
 * and search. Nothing changes (graph hash), a text filter returns only what really contains the text
 * (so `' OR 1=1` matches nothing), id filters match nothing, and the public never sees a restricted
 * fact. Editors' inputs holding the same fragments are stored literally.
 */
import { AS, DOC_003, EXCERPT_003, cypher, removeEditorWork } from '../support/curation';
import { RESTRICTED_PEOPLE, RESTRICTED_WORDS } from '../support/network';
import { serviceSuite } from '../support/service-suite';
import { AUTH_ENV } from '../support/tokens';
import { CYPHER_FRAGMENTS, cursorOf } from './hostile-values';
import { Tally, clip, errorCodes, gql, graphHash, rawRequest, type GraphQLBody } from './support';

type Check = 'contains' | 'empty' | 'any';
interface Field {
  /** The aliased selection, using `$s` for the injected string. */
  selection: string;
  /** What the result must be: every item contains $s; no item; anything (but nothing restricted). */
  check: Check;
  /** Where the text must occur, for `contains`. */
  texts?: (item: Record<string, unknown>) => unknown[];
}

const PAGE = (extra = '') => `totalCount edges { node { id name aliases restricted ${extra} } }`;
const names = (item: Record<string, unknown>) => [item.name, ...((item.aliases as string[]) ?? [])];

/** The free-text inputs of the list queries and search: sent together, as aliased fields. */
const LIST_FIELDS: Record<string, Field> = {
  mName: {
    selection: `municipalities(filter: { nameContains: $s }) { ${PAGE()} }`,
    check: 'contains',
    texts: names,
  },
  oName: {
    selection: `organisations(filter: { nameContains: $s }) { ${PAGE()} }`,
    check: 'contains',
    texts: names,
  },
  pName: {
    selection: `people(filter: { nameContains: $s }) { ${PAGE('... on Person { phone }')} }`,
    check: 'contains',
    texts: names,
  },
  prName: {
    selection: `programmes(filter: { nameContains: $s }) { ${PAGE()} }`,
    check: 'contains',
    texts: names,
  },
  qText: {
    selection: `quotes(filter: { textContains: $s }) { ${PAGE('text')} }`,
    check: 'contains',
    texts: (q) => [q.text],
  },
  dTitle: {
    selection: `documents(filter: { titleContains: $s }) { ${PAGE('title')} }`,
    check: 'contains',
    texts: (d) => [d.title],
  },
  cText: {
    selection: `criteria(filter: { textContains: $s }) { ${PAGE()} }`,
    check: 'contains',
    texts: names,
  },
  rName: {
    selection: `regions(filter: { nameContains: $s }) { ${PAGE()} }`,
    check: 'contains',
    texts: names,
  },
  tName: { selection: `themes(filter: { nameContains: $s }) { ${PAGE()} }`, check: 'contains', texts: names },
  search: { selection: 'search(text: $s) { score snippet node { id name restricted } }', check: 'any' },
  searchPeople: {
    selection: 'search(text: $s, kinds: [Person]) { score snippet node { id name } }',
    check: 'any',
  },
};

/** Id filters and cursors of the list queries: each refused or empty, so sent one by one. */
const FILTER_ID_FIELDS: Record<string, Field> = {
  mRegion: { selection: `municipalities(filter: { region: $s }) { ${PAGE()} }`, check: 'empty' },
  mTheme: { selection: `municipalities(filter: { theme: $s }) { ${PAGE()} }`, check: 'empty' },
  mAfter: { selection: `municipalities(after: $s) { ${PAGE()} }`, check: 'empty' },
  oMunicipality: { selection: `organisations(filter: { municipality: $s }) { ${PAGE()} }`, check: 'empty' },
  oTheme: { selection: `organisations(filter: { theme: $s }) { ${PAGE()} }`, check: 'empty' },
  pMunicipality: { selection: `people(filter: { municipality: $s }) { ${PAGE()} }`, check: 'empty' },
  pOrganisation: { selection: `people(filter: { organisation: $s }) { ${PAGE()} }`, check: 'empty' },
  prMunicipality: { selection: `programmes(filter: { municipality: $s }) { ${PAGE()} }`, check: 'empty' },
  prTheme: { selection: `programmes(filter: { theme: $s }) { ${PAGE()} }`, check: 'empty' },
  qDocument: { selection: `quotes(filter: { document: $s }) { ${PAGE()} }`, check: 'empty' },
  qSpeaker: { selection: `quotes(filter: { speaker: $s }) { ${PAGE()} }`, check: 'empty' },
  qTheme: { selection: `quotes(filter: { theme: $s }) { ${PAGE()} }`, check: 'empty' },
  dKind: { selection: `documents(filter: { documentKind: $s }) { ${PAGE()} }`, check: 'empty' },
  tAfter: { selection: `themes(after: $s) { ${PAGE()} }`, check: 'empty' },
};

/** Lookups and walks by id: NOT_FOUND or BAD_USER_INPUT, or nothing. */
const ID_FIELDS: Record<string, Field> = {
  node: { selection: 'node(id: $s) { id }', check: 'empty' },
  municipality: { selection: 'municipality(id: $s) { id }', check: 'empty' },
  person: { selection: 'person(id: $s) { id }', check: 'empty' },
  document: { selection: 'document(id: $s) { id }', check: 'empty' },
  neighbourhood: { selection: 'neighbourhood(id: $s) { nodes { id } }', check: 'empty' },
  pathFrom: { selection: 'shortestPath(from: $s, to: "municipality:meppel") { length }', check: 'empty' },
  pathTo: { selection: 'allShortestPaths(from: "municipality:delft", to: $s) { length }', check: 'empty' },
  similar: { selection: 'similarMunicipalities(id: $s) { __typename }', check: 'empty' },
  interlocks: { selection: 'interlocks(a: $s, b: "municipality:meppel") { __typename }', check: 'empty' },
};

/** Cursors that decode to a keyset holding the fragment: a valid page after that key, nothing else. */
const CURSOR_FIELDS: Record<string, Field> = {
  mCursor: { selection: `municipalities(after: $s) { ${PAGE()} }`, check: 'any' },
  oCursor: { selection: `organisations(after: $s, orderBy: NAME_DESC) { ${PAGE()} }`, check: 'any' },
  pCursor: { selection: `people(after: $s) { ${PAGE()} }`, check: 'any' },
};

const operation = (fields: Record<string, Field>) =>
  `query Injection($s: ${Object.keys(fields).some((alias) => alias in ID_FIELDS) ? 'ID' : 'String'}!) { ${Object.entries(
    fields,
  )
    .map(([alias, f]) => `${alias}: ${f.selection}`)
    .join('\n')} }`;

const ALLOWED_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND']);
const RESTRICTED = [...RESTRICTED_PEOPLE, ...RESTRICTED_WORDS].map((w) => w.toLowerCase());

function itemsOf(value: unknown): Record<string, unknown>[] {
  if (value == null) return [];
  if (Array.isArray(value)) return value as Record<string, unknown>[];
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.edges)) return (v.edges as { node: Record<string, unknown> }[]).map((e) => e.node);
  if (Array.isArray(v.nodes)) return v.nodes as Record<string, unknown>[];
  return [v];
}

describe('Cypher injection in every string input', () => {
  const suite = serviceSuite(AUTH_ENV);

  it('changes nothing, matches only real text, and shows the public nothing restricted', async () => {
    const { hash: before } = await graphHash(suite.database);
    const outcomes = new Tally();
    const problems: string[] = [];
    let requests = 0;
    let fields = 0;
    let leaks = 0;

    /**
     * Sends the fields together; every query field is non-null, so one refused field nulls the
     * whole answer: then each field is sent on its own, so every field's own result is checked.
     */
    const run = async (
      fragment: string,
      value: string,
      group: Record<string, Field>,
      label: string,
      together = true,
    ): Promise<void> => {
      if (!together) {
        // One field a request, four requests at a time.
        const entries = Object.entries(group);
        for (let i = 0; i < entries.length; i += 4) {
          await Promise.all(
            entries.slice(i, i + 4).map(([alias, field]) => run(fragment, value, { [alias]: field }, label)),
          );
        }
        return;
      }
      requests++;
      const res = await rawRequest(suite.service.base, {
        ...gql(operation(group), { s: value }),
        timeoutMs: 60_000,
      });
      const where = `${label} ${JSON.stringify(fragment)}`;
      if (res.status >= 500 || res.outcome !== 'response') {
        problems.push(`${where}: ${res.outcome} ${res.status} ${clip(res.text, 200)}`);
        return;
      }
      // An error may name the id the client sent (NOT_FOUND): that echo is not a leak.
      const sent = [value, JSON.stringify(value).slice(1, -1)].map((v) => v.toLowerCase());
      const lower = sent.reduce((text, v) => text.split(v).join(''), res.text.toLowerCase());
      for (const word of RESTRICTED) {
        if (lower.includes(word)) {
          leaks++;
          problems.push(`${where}: shows restricted "${word}"`);
        }
      }
      const body: GraphQLBody = res.json ?? {};
      const aliases = Object.keys(group);
      if (body.errors?.length && body.data == null && aliases.length > 1) {
        return run(fragment, value, group, label, false);
      }
      for (const code of errorCodes(body))
        if (!ALLOWED_CODES.has(code)) problems.push(`${where}: error code ${code}`);
      for (const [alias, field] of Object.entries(group)) {
        fields++;
        if (body.data == null) {
          outcomes.add(`refused ${errorCodes(body)[0]}`);
          continue;
        }
        const items = itemsOf(body.data[alias]);
        if (items.some((item) => item.restricted === true)) {
          leaks++;
          problems.push(`${where} ${alias}: a restricted node`);
        }
        if (field.check === 'empty' && items.length > 0) {
          problems.push(`${where} ${alias}: ${items.length} results for an id or cursor that matches none`);
        }
        if (field.check === 'contains') {
          const needle = fragment.toLowerCase();
          const stray = items.filter(
            (item) =>
              !field.texts!(item).some((t) => typeof t === 'string' && t.toLowerCase().includes(needle)),
          );
          if (stray.length > 0)
            problems.push(
              `${where} ${alias}: ${stray.length} results that do not contain it, e.g. ${stray[0].id}`,
            );
        }
        outcomes.add(
          items.length === 0 ? 'empty' : field.check === 'contains' ? 'only real matches' : 'results',
        );
      }
    };

    for (const fragment of CYPHER_FRAGMENTS) {
      await run(fragment, fragment, LIST_FIELDS, 'lists');
      await run(fragment, fragment, FILTER_ID_FIELDS, 'id filters', false);
      await run(fragment, `municipality:delft${fragment}`, ID_FIELDS, 'ids', false);
      await run(fragment, cursorOf([fragment, fragment]), CURSOR_FIELDS, 'cursor');
      // A cursor past every name ('\uffff' sorts last): an empty page, whatever the id part holds.
      await run(
        fragment,
        cursorOf(['\uffff', fragment]),
        { mAfter: FILTER_ID_FIELDS.mAfter },
        'cursor at the end',
      );
    }
    // Controls, so a checker that passes everything would show: real words find real, matching items.
    for (const word of ['Delft', 'zorg', 'sociaal']) await run(word, word, LIST_FIELDS, 'control');
    // The restricted people's own ids: the public gets what it gets for an id that does not exist.
    for (const id of RESTRICTED_PEOPLE) await run(id, id, ID_FIELDS, 'restricted id', false);
    const { hash: after } = await graphHash(suite.database);
    console.log(
      `[reliability] injection: fragments=${CYPHER_FRAGMENTS.length} requests=${requests} fieldsChecked=${fields} ` +
        `outcomes=${outcomes} problems=${problems.length} restrictedLeaks=${leaks} ` +
        `graph=${before === after ? `unchanged (${after})` : `CHANGED ${before} → ${after}`}`,
    );
    expect(problems.slice(0, 20)).toEqual([]);
    expect(outcomes.get('only real matches')).toBeGreaterThan(0);
    expect(after).toBe(before);
  }, 180_000);

  it('refuses injected ordering values as unknown enum values (in the document and in variables)', async () => {
    const { hash: before } = await graphHash(suite.database);
    const statuses = new Tally();
    const problems: string[] = [];
    const orderings = [
      'NAME_ASC) DETACH DELETE n //',
      'n.name; MATCH (n) DETACH DELETE n',
      'NAME_ASC, n.restricted',
      '`name`',
    ];
    for (const order of orderings) {
      const inline = await rawRequest(
        suite.service.base,
        gql(`{ municipalities(orderBy: ${JSON.stringify(order)}) { totalCount } }`),
      );
      const variable = await rawRequest(
        suite.service.base,
        gql('query ($o: NameOrder!) { organisations(orderBy: $o) { totalCount } }', { o: order }),
      );
      for (const [how, res] of [
        ['inline', inline],
        ['variable', variable],
      ] as const) {
        statuses.add(`${how} ${res.status} ${errorCodes(res.json)[0]}`);
        if (res.status !== 400)
          problems.push(`${how} ${JSON.stringify(order)}: ${res.status} ${clip(res.text, 160)}`);
        if (res.json?.data) problems.push(`${how} ${JSON.stringify(order)}: answered with data`);
      }
    }
    const { hash: after } = await graphHash(suite.database);
    console.log(
      `[reliability] injection (ordering): requests=${orderings.length * 2} outcomes=${statuses} ` +
        `graph=${before === after ? 'unchanged' : 'CHANGED'}`,
    );
    expect(after).toBe(before);
    expect(problems).toEqual([]);
  }, 60_000);

  it("stores an editor's input holding the fragments literally, and only that", async () => {
    const { hash: before, state } = await graphHash(suite.database);
    const stored = new Tally();
    const mismatches: string[] = [];
    try {
      for (const [i, fragment] of CYPHER_FRAGMENTS.entries()) {
        const id = `theme:reliability-injection-${i}`;
        const res = await rawRequest(suite.service.base, {
          ...gql(
            'mutation ($input: CreateThemeInput!) { createTheme(input: $input) { id name aliases } }',
            {
              input: {
                id,
                name: `Injection ${fragment}`,
                aliases: [fragment],
                evidence: [{ document: DOC_003, excerpt: EXCERPT_003 }],
              },
            },
            AS.editor,
          ),
          timeoutMs: 60_000,
        });
        const code = errorCodes(res.json)[0];
        if (code) {
          stored.add(`refused ${code}`);
          if (code !== 'BAD_USER_INPUT') mismatches.push(`${JSON.stringify(fragment)}: ${code}`);
          continue;
        }
        const [row] = await cypher(
          suite.database,
          'MATCH (t:Theme {id: $id}) RETURN t.name AS name, t.aliases AS aliases',
          { id },
        );
        if (
          row?.name === `Injection ${fragment}` &&
          JSON.stringify(row.aliases) === JSON.stringify([fragment])
        )
          stored.add('stored literally');
        else mismatches.push(`${JSON.stringify(fragment)}: stored as ${JSON.stringify(row)}`);
      }
      // Nothing but the new themes, their MENTIONS and audit events was written.
      const [delta] = await cypher(
        suite.database,
        // Bookkeeping (the change feed's counter, export snapshots) is not what the input wrote.
        `CALL () { MATCH (n) WHERE NOT n:ChangeSequence AND NOT n:Snapshot RETURN count(n) AS nodes }
         CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
         CALL () { MATCH (t:Theme) WHERE t.id STARTS WITH 'theme:reliability-injection-' RETURN count(t) AS themes }
         RETURN nodes, relationships, themes`,
      );
      const created = stored.get('stored literally');
      console.log(
        `[reliability] injection (editor input): mutations=${CYPHER_FRAGMENTS.length} outcomes=${stored} mismatches=${mismatches.length} ` +
          `nodesAdded=${(delta.nodes as number) - state.counts.nodes} relationshipsAdded=${(delta.relationships as number) - state.counts.relationships}`,
      );
      expect(mismatches).toEqual([]);
      expect(delta.themes).toBe(created);
      // Each create adds its theme and its audit event, and one MENTIONS edge from the document.
      expect((delta.nodes as number) - state.counts.nodes).toBe(2 * created);
      expect((delta.relationships as number) - state.counts.relationships).toBe(created);
    } finally {
      await removeEditorWork(suite.database);
    }
    expect((await graphHash(suite.database)).hash).toBe(before);
  }, 120_000);
});
