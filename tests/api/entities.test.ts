/**
 * The entity lists and lookups over HTTP against the seeded real Neo4j: every list query and every
 * filter gives exactly the seed ids the YAML files say, in order; paging two at a time walks each list
 * to its end; lookups by id, unknown ids and ids of another kind; invalid arguments are refused
 * before the database is touched.
 */
import { OrganisationType, ProgrammeKind } from '../../src/model';
import { serviceSuite } from '../support/service-suite';
import { type Service, data, failure, mapLimit, pageThrough } from '../support/client';
import { type Kind, type SeedNode, SeedGraph, byName, contains } from './seed-graph';

const seeds = new SeedGraph();

interface ListSpec {
  field: string;
  lookup: string;
  kind: Kind;
  filterType: string;
  /** A filter class-validator must refuse. */
  badFilter: Record<string, unknown>;
}

const LISTS: ListSpec[] = [
  {
    field: 'regions',
    lookup: 'region',
    kind: 'Region',
    filterType: 'RegionFilter',
    badFilter: { awardYear: 1800 },
  },
  {
    field: 'organisations',
    lookup: 'organisation',
    kind: 'Organisation',
    filterType: 'OrganisationFilter',
    badFilter: { municipality: 'org:kwadraad' },
  },
  {
    field: 'people',
    lookup: 'person',
    kind: 'Person',
    filterType: 'PersonFilter',
    badFilter: { organisation: 'municipality:delft' },
  },
  {
    field: 'programmes',
    lookup: 'programme',
    kind: 'Programme',
    filterType: 'ProgrammeFilter',
    badFilter: { theme: 'jeugdhulp' },
  },
  { field: 'awards', lookup: 'award', kind: 'Award', filterType: 'AwardFilter', badFilter: { year: 3000 } },
  {
    field: 'criteria',
    lookup: 'criterion',
    kind: 'Criterion',
    filterType: 'CriterionFilter',
    badFilter: { textContains: 'x'.repeat(201) },
  },
  {
    field: 'themes',
    lookup: 'theme',
    kind: 'Theme',
    filterType: 'ThemeFilter',
    badFilter: { nameContains: 'x'.repeat(201) },
  },
  {
    field: 'quotes',
    lookup: 'quote',
    kind: 'Quote',
    filterType: 'QuoteFilter',
    badFilter: { speaker: 'org:kwadraad' },
  },
  {
    field: 'documents',
    lookup: 'document',
    kind: 'Document',
    filterType: 'DocumentFilter',
    badFilter: { documentKind: 'blog' },
  },
];

const ids = (kind: Kind) => seeds.visible(kind).map((n) => n.id);
const places = [...ids('Municipality'), ...ids('Region')];
const either = (types: string[], a: string, b: string) =>
  seeds.joins(types, a, b) || seeds.joins(types, b, a);

/** A filter's values to try, and which nodes of the kind each value must keep. */
interface FilterCase {
  name: string;
  values: unknown[];
  keeps: (node: SeedNode, value: never) => boolean;
}

const FILTERS: Record<string, FilterCase[]> = {
  regions: [
    {
      name: 'nameContains',
      values: ['limburg', 'MIDDEN', 'zzz'],
      keeps: (n, v: string) => contains(n.name, v),
    },
    {
      name: 'awardYear',
      values: [2015, 2017],
      keeps: (n, v: number) =>
        seeds
          .related(n.id, { types: ['RECEIVED'], direction: 'OUT' })
          .some(({ other }) => other.props.year === v),
    },
  ],
  organisations: [
    {
      name: 'nameContains',
      values: ['welzijn', 'ZORG', 'zzz'],
      keeps: (n, v: string) => contains(n.name, v),
    },
    { name: 'type', values: Object.values(OrganisationType), keeps: (n, v: string) => n.props.type === v },
    {
      name: 'municipality',
      values: places,
      keeps: (n, v: string) => either(['LOCATED_IN', 'NOMINATED_BY', 'PARTNERS_WITH'], n.id, v),
    },
    {
      name: 'theme',
      values: ids('Theme'),
      keeps: (n, v: string) =>
        seeds.targets(['RUNS'], n.id, 'OUT').some((programme) => seeds.joins(['CONCERNS'], programme, v)),
    },
  ],
  people: [
    { name: 'nameContains', values: ['van', 'MIEKE', 'zzz'], keeps: (n, v: string) => contains(n.name, v) },
    {
      name: 'organisation',
      values: ids('Organisation'),
      keeps: (n, v: string) => seeds.joins(['HOLDS_ROLE'], n.id, v),
    },
    {
      name: 'municipality',
      values: places,
      keeps: (n, v: string) =>
        seeds.joins(['HOLDS_ROLE'], n.id, v) ||
        seeds
          .targets(['HOLDS_ROLE'], n.id, 'OUT')
          .some(
            (at) =>
              seeds.node(at).kind === 'Organisation' &&
              (seeds.joins(['LOCATED_IN'], at, v) || seeds.joins(['NOMINATED_BY'], v, at)),
          ),
    },
  ],
  programmes: [
    { name: 'nameContains', values: ['huis', 'WIJK', 'zzz'], keeps: (n, v: string) => contains(n.name, v) },
    {
      name: 'programmeKind',
      values: Object.values(ProgrammeKind),
      keeps: (n, v: string) => n.props.kind === v,
    },
    { name: 'municipality', values: places, keeps: (n, v: string) => seeds.joins(['LOCATED_IN'], n.id, v) },
    { name: 'theme', values: ids('Theme'), keeps: (n, v: string) => seeds.joins(['CONCERNS'], n.id, v) },
  ],
  awards: [{ name: 'year', values: [2015, 2016, 2017], keeps: (n, v: number) => n.props.year === v }],
  criteria: [
    {
      name: 'textContains',
      values: ['wijk', 'SAMENLEVING', 'zzz'],
      keeps: (n, v: string) => contains(n.props.text, v),
    },
  ],
  themes: [
    { name: 'nameContains', values: ['zorg', 'WERK', 'zzz'], keeps: (n, v: string) => contains(n.name, v) },
  ],
  quotes: [
    {
      name: 'textContains',
      values: ['gemeente', 'JEUGDHULP', 'zzz'],
      keeps: (n, v: string) => contains(n.props.text, v),
    },
    { name: 'theme', values: ids('Theme'), keeps: (n, v: string) => seeds.joins(['CONCERNS'], n.id, v) },
    {
      name: 'speaker',
      values: seeds.all('Person').map((p) => p.id),
      keeps: (n, v: string) => seeds.joins(['SAID'], v, n.id),
    },
    {
      name: 'document',
      values: ids('Document'),
      keeps: (n, v: string) => seeds.joins(['QUOTED_IN'], n.id, v),
    },
  ],
  documents: [
    {
      name: 'titleContains',
      values: ['gouden', 'LIMBURG', 'zzz'],
      keeps: (n, v: string) => contains(n.name, v),
    },
    {
      name: 'documentKind',
      values: ['news', 'press-release', 'web-page', 'article'],
      keeps: (n, v: string) => n.props.kind === v,
    },
  ],
};

/** A whole filtered list in one page of 100 (every seeded list is smaller), with its totalCount. */
async function filtered(service: Service, list: ListSpec, filter: Record<string, unknown> | null) {
  const query = `query ($filter: ${list.filterType}) {
    list: ${list.field}(first: 100, filter: $filter) {
      edges { node { id } } pageInfo { hasNextPage } totalCount
    }
  }`;
  const { list: page } = await data<{
    list: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean }; totalCount: number };
  }>(service, query, { filter });
  expect(page.pageInfo.hasNextPage).toBe(false);
  return { ids: page.edges.map((e) => e.node.id), totalCount: page.totalCount };
}

describe('entity lists and lookups over the seeded Neo4j', () => {
  const suite = serviceSuite();

  it('works from seeds with something in every kind', () => {
    for (const list of LISTS) expect(seeds.visible(list.kind).length).toBeGreaterThan(0);
    expect(seeds.visible('Person').length).toBeGreaterThan(2);
  });

  describe.each(LISTS)('$field', (list) => {
    it('lists every node of the kind the public may see, by name', async () => {
      const { ids: seen, totalCount } = await filtered(suite.service, list, null);
      expect(seen).toEqual(byName(seeds.visible(list.kind)));
      expect(totalCount).toBe(seen.length);
    });

    it('pages two at a time to the end, nothing repeated or skipped', async () => {
      const walk = await pageThrough(suite.service, list.field, { size: 2 });
      expect(walk.ids).toEqual(byName(seeds.visible(list.kind)));
      expect(new Set(walk.ids).size).toBe(walk.ids.length);
      expect(walk.pages).toBe(Math.max(1, Math.ceil(walk.ids.length / 2)));
      expect(new Set(walk.totalCounts)).toEqual(new Set([walk.ids.length]));
    });

    it('orders NAME_DESC as the exact reverse of NAME_ASC, also when paging', async () => {
      const ascending = await pageThrough(suite.service, list.field, { size: 2, orderBy: 'NAME_ASC' });
      const descending = await pageThrough(suite.service, list.field, { size: 2, orderBy: 'NAME_DESC' });
      expect(descending.ids).toEqual([...ascending.ids].reverse());
      expect(descending.ids).toEqual(byName(seeds.visible(list.kind), 'NAME_DESC'));
    });

    it.each(FILTERS[list.field].map((c) => [c.name, c] as const))(
      'filter %s keeps exactly the seed nodes it should',
      async (_name, filterCase) => {
        const expected: Record<string, { ids: string[]; totalCount: number }> = {};
        const actual: Record<string, { ids: string[]; totalCount: number }> = {};
        await mapLimit(filterCase.values, 6, async (value) => {
          const keep = seeds.visible(list.kind).filter((n) => filterCase.keeps(n, value as never));
          expected[String(value)] = { ids: byName(keep), totalCount: keep.length };
          actual[String(value)] = await filtered(suite.service, list, { [filterCase.name]: value });
        });
        expect(actual).toEqual(expected);
        // The filter really filters: some value keeps something, and some value drops something.
        const sizes = Object.values(expected).map((e) => e.totalCount);
        expect(Math.max(...sizes)).toBeGreaterThan(0);
        expect(Math.min(...sizes)).toBeLessThan(seeds.visible(list.kind).length);
      },
    );

    it('looks up every node of the kind by id', async () => {
      const nodes = seeds.visible(list.kind);
      const found = await mapLimit(nodes, 6, async (node) => {
        const result = await data<{ one: { id: string; name: string; kind: string; __typename: string } }>(
          suite.service,
          `query ($id: ID!) { one: ${list.lookup}(id: $id) { __typename id name kind } }`,
          { id: node.id },
        );
        return result.one;
      });
      expect(found).toEqual(nodes.map((n) => ({ __typename: n.kind, id: n.id, name: n.name, kind: n.kind })));
    });

    it('answers NOT_FOUND for an unknown id', async () => {
      const prefix = seeds.visible(list.kind)[0].id.split(':')[0];
      const error = await failure(suite.service, `{ ${list.lookup}(id: "${prefix}:does-not-exist") { id } }`);
      expect(error.code).toBe('NOT_FOUND');
      expect(error.body.data).toBeNull();
    });

    it('answers NOT_FOUND for the id of a node of another kind', async () => {
      const others = LISTS.filter((other) => other.kind !== list.kind).map(
        (other) => seeds.visible(other.kind)[0].id,
      );
      const codes = await mapLimit(others, 6, async (id) => {
        const error = await failure(suite.service, `query ($id: ID!) { ${list.lookup}(id: $id) { id } }`, {
          id,
        });
        return [id, error.code];
      });
      expect(codes).toEqual(others.map((id) => [id, 'NOT_FOUND']));
    });

    it.each([
      ['first: 0', { first: 0 }],
      ['first: 101', { first: 101 }],
      ['a garbage after cursor', { after: 'garbage' }],
      ['a cursor of no JSON list', { after: Buffer.from('{"a":1}').toString('base64url') }],
      ['an invalid filter', { filter: list.badFilter }],
    ])('refuses %s with BAD_USER_INPUT before touching the database', async (_label, variables) => {
      const error = await failure(
        suite.service,
        `query ($first: Int = 2, $after: String, $filter: ${list.filterType}) {
          ${list.field}(first: $first, after: $after, filter: $filter) { edges { node { id } } totalCount }
        }`,
        variables,
      );
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.roundTrips).toBe(0);
      expect(error.body.data).toBeNull();
    });
  });

  it('ANDs filters together', async () => {
    const organisations = LISTS.find((l) => l.field === 'organisations')!;
    const both = await filtered(suite.service, organisations, {
      type: 'SOCIAL_WORK',
      municipality: 'municipality:delft',
    });
    expect(both.ids).toEqual(['org:kwadraad', 'org:participe']);
    const quotes = LISTS.find((l) => l.field === 'quotes')!;
    const spoken = await filtered(suite.service, quotes, {
      speaker: 'person:mieke-pirson',
      theme: 'theme:preventie',
      document: 'document:001-358c8b65ae7369f4',
    });
    expect(spoken.ids.sort()).toEqual([
      'quote:mieke-pirson-de-nieuwe-jeugdwet',
      'quote:mieke-pirson-een-basisvoorziening-voor-jeugdhulp',
    ]);
  });

  it('pages a filtered list two at a time with the filtered totalCount', async () => {
    const walk = await pageThrough(suite.service, 'quotes', {
      size: 2,
      filterType: 'QuoteFilter',
      filter: { theme: 'theme:partnerschap' },
    });
    const expected = byName(
      seeds.visible('Quote').filter((q) => seeds.joins(['CONCERNS'], q.id, 'theme:partnerschap')),
    );
    expect(expected.length).toBeGreaterThan(4);
    expect(walk.ids).toEqual(expected);
    expect(new Set(walk.totalCounts)).toEqual(new Set([expected.length]));
  });

  it('matches the hand-checked seed facts', async () => {
    const regions = await filtered(suite.service, LISTS[0], { awardYear: 2017 });
    expect(regions.ids).toEqual(['region:midden-limburg']);
    const people = await filtered(suite.service, LISTS[2], { municipality: 'municipality:goirle' });
    expect(people.ids).toEqual(['person:gon-mevis', 'person:ingrid-verhoeven', 'person:marleen-van-esch']);
    const programmes = await filtered(suite.service, LISTS[3], { theme: 'theme:dementie' });
    expect(programmes.ids.sort()).toEqual([
      'programme:dementievriendelijke-gemeente-leerdam',
      'programme:geheugenhuis',
      'programme:inloophuis-dementie-leerdam',
    ]);
  });

  it('gives each kind its own fields', async () => {
    const result = await data<Record<string, Record<string, unknown>>>(
      suite.service,
      `{
        organisation(id: "org:sociaal-werk-nederland") { type formerNames aliases }
        programme(id: "programme:geheugenhuis") { programmeKind }
        award(id: "award:gouden-sociale-gemeenten-2015") { year winnerCount }
        criterion(id: "criterion:preventie-en-presentie") { text }
        quote(id: "quote:marijke-vos-wij-zijn-er-blij-mee") { text language }
        document(id: "document:003-addecf477dab56b0") { title documentKind publishedOn language file }
        person(id: "person:mieke-pirson") { phone restricted }
      }`,
    );
    expect(result.organisation).toMatchObject({ type: 'INDUSTRY_BODY', formerNames: ['MOgroep'] });
    expect(result.programme).toEqual({ programmeKind: 'FACILITY' });
    expect(result.award).toEqual({ year: 2015, winnerCount: 10 });
    expect(result.criterion.text).toBe(seeds.node('criterion:preventie-en-presentie').props.text);
    expect(result.quote).toEqual({ text: 'Wij zijn er blij mee', language: 'nl' });
    expect(result.document).toEqual({
      title: '11 Nieuwe Gouden Gemeenten',
      documentKind: 'news',
      publishedOn: '2017-03-12',
      language: 'nl',
      file: '003_addecf477dab56b0.txt',
    });
    expect(result.person).toEqual({ phone: null, restricted: false });
  });

  it('answers NOT_FOUND from node(id) for an unknown id, and finds every visible node', async () => {
    for (const id of ['municipality:does-not-exist', 'person:nobody', 'not an id']) {
      const error = await failure(suite.service, `query ($id: ID!) { node(id: $id) { id } }`, { id });
      expect(error.code).toBe('NOT_FOUND');
    }
    const nodes = LISTS.flatMap((l) => seeds.visible(l.kind));
    const found = await mapLimit(nodes, 8, async (node) => {
      const { node: got } = await data<{ node: { id: string; __typename: string } }>(
        suite.service,
        `query ($id: ID!) { node(id: $id) { __typename id } }`,
        { id: node.id },
      );
      return got;
    });
    expect(found).toEqual(nodes.map((n) => ({ __typename: n.kind, id: n.id })));
  });

  it('documents every list, lookup, argument and filter field (the Sandbox docs)', async () => {
    const { __schema } = await data<{
      __schema: {
        queryType: {
          fields: {
            name: string;
            description: string | null;
            args: { name: string; description: string | null }[];
          }[];
        };
        types: {
          name: string;
          description: string | null;
          fields: { name: string; description: string | null }[] | null;
          inputFields: { name: string; description: string | null }[] | null;
        }[];
      };
    }>(
      suite.service,
      `{ __schema {
          queryType { fields { name description args { name description } } }
          types { name description fields { name description } inputFields { name description } }
      } }`,
    );
    const mine = new Set(LISTS.flatMap((l) => [l.field, l.lookup]));
    const fields = __schema.queryType.fields.filter((f) => mine.has(f.name));
    expect(fields.map((f) => f.name).sort()).toEqual([...mine].sort());
    const undocumented: string[] = [];
    for (const field of fields) {
      if (!field.description) undocumented.push(field.name);
      for (const arg of field.args) if (!arg.description) undocumented.push(`${field.name}(${arg.name})`);
    }
    const typeNames = new Set(
      LISTS.flatMap((l) => [l.filterType, `${l.kind}Connection`, `${l.kind}Edge`, l.kind]),
    );
    for (const type of __schema.types.filter((t) => typeNames.has(t.name))) {
      if (!type.description) undocumented.push(type.name);
      for (const f of [...(type.fields ?? []), ...(type.inputFields ?? [])]) {
        if (!f.description) undocumented.push(`${type.name}.${f.name}`);
      }
    }
    expect(undocumented).toEqual([]);
  });
});
