/**
 * Typed relationship fields (both directions) and the generic `neighbours`, over HTTP against the
 * seeded real Neo4j: each returns the seeded relationships, in order, each with its evidence, whose
 * document resolves.
 */
import { serviceSuite } from '../support/service-suite';
import { data, mapLimit } from '../support/client';
import { type Kind, type SeedRelationship, SeedGraph } from './seed-graph';

const seeds = new SeedGraph();

type Direction = 'OUT' | 'IN' | 'BOTH';
interface FieldSpec {
  field: string;
  types: string[];
  direction: Direction;
  kinds: Kind[];
}

const ALL_KINDS: Kind[] = [
  'Municipality',
  'Region',
  'Organisation',
  'Person',
  'Programme',
  'Award',
  'Criterion',
  'Theme',
  'Document',
  'Quote',
];
const PLACES: Kind[] = ['Organisation', 'Municipality', 'Region'];

/** What each typed relationship field promises (DESIGN.md, "The API"; issue 4). */
const FIELDS: Record<Kind, FieldSpec[]> = {
  Municipality: [
    { field: 'nominatedBy', types: ['NOMINATED_BY'], direction: 'OUT', kinds: ['Organisation'] },
    { field: 'awards', types: ['RECEIVED'], direction: 'OUT', kinds: ['Award'] },
    { field: 'regions', types: ['MEMBER_OF'], direction: 'OUT', kinds: ['Region'] },
    { field: 'partners', types: ['PARTNERS_WITH'], direction: 'BOTH', kinds: PLACES },
    { field: 'programmes', types: ['LOCATED_IN', 'RUNS'], direction: 'BOTH', kinds: ['Programme'] },
    { field: 'organisations', types: ['LOCATED_IN'], direction: 'IN', kinds: ['Organisation'] },
    { field: 'people', types: ['HOLDS_ROLE'], direction: 'IN', kinds: ['Person'] },
  ],
  Region: [
    { field: 'members', types: ['MEMBER_OF'], direction: 'IN', kinds: ['Municipality'] },
    { field: 'nominatedBy', types: ['NOMINATED_BY'], direction: 'OUT', kinds: ['Organisation'] },
    { field: 'awards', types: ['RECEIVED'], direction: 'OUT', kinds: ['Award'] },
    { field: 'partners', types: ['PARTNERS_WITH'], direction: 'BOTH', kinds: PLACES },
    { field: 'programmes', types: ['LOCATED_IN', 'RUNS'], direction: 'BOTH', kinds: ['Programme'] },
    { field: 'organisations', types: ['LOCATED_IN'], direction: 'IN', kinds: ['Organisation'] },
    { field: 'people', types: ['HOLDS_ROLE'], direction: 'IN', kinds: ['Person'] },
  ],
  Organisation: [
    { field: 'partners', types: ['PARTNERS_WITH'], direction: 'BOTH', kinds: PLACES },
    { field: 'networks', types: ['MEMBER_OF'], direction: 'OUT', kinds: ['Organisation'] },
    { field: 'members', types: ['MEMBER_OF'], direction: 'IN', kinds: ['Organisation'] },
    { field: 'programmes', types: ['RUNS'], direction: 'OUT', kinds: ['Programme'] },
    { field: 'people', types: ['HOLDS_ROLE'], direction: 'IN', kinds: ['Person'] },
    { field: 'nominated', types: ['NOMINATED_BY'], direction: 'IN', kinds: ['Municipality', 'Region'] },
    { field: 'locatedIn', types: ['LOCATED_IN'], direction: 'OUT', kinds: ['Municipality', 'Region'] },
    { field: 'awardsGranted', types: ['AWARDED_BY'], direction: 'IN', kinds: ['Award'] },
  ],
  Person: [
    { field: 'roles', types: ['HOLDS_ROLE'], direction: 'OUT', kinds: PLACES },
    { field: 'quotes', types: ['SAID'], direction: 'OUT', kinds: ['Quote'] },
  ],
  Programme: [
    { field: 'runBy', types: ['RUNS'], direction: 'IN', kinds: PLACES },
    { field: 'locatedIn', types: ['LOCATED_IN'], direction: 'OUT', kinds: ['Municipality', 'Region'] },
    { field: 'themes', types: ['CONCERNS'], direction: 'OUT', kinds: ['Theme'] },
  ],
  Award: [
    { field: 'recipients', types: ['RECEIVED'], direction: 'IN', kinds: ['Municipality', 'Region'] },
    { field: 'awardedBy', types: ['AWARDED_BY'], direction: 'OUT', kinds: ['Organisation'] },
    { field: 'criteria', types: ['JUDGED_ON'], direction: 'OUT', kinds: ['Criterion'] },
  ],
  Criterion: [{ field: 'awards', types: ['JUDGED_ON'], direction: 'IN', kinds: ['Award'] }],
  Theme: [
    { field: 'programmes', types: ['CONCERNS'], direction: 'IN', kinds: ['Programme'] },
    { field: 'quotes', types: ['CONCERNS'], direction: 'IN', kinds: ['Quote'] },
  ],
  Quote: [
    { field: 'saidBy', types: ['SAID'], direction: 'IN', kinds: ['Person'] },
    { field: 'documents', types: ['QUOTED_IN'], direction: 'OUT', kinds: ['Document'] },
    { field: 'themes', types: ['CONCERNS'], direction: 'OUT', kinds: ['Theme'] },
  ],
  Document: [
    { field: 'mentions', types: ['MENTIONS'], direction: 'OUT', kinds: ALL_KINDS },
    { field: 'quotes', types: ['QUOTED_IN'], direction: 'IN', kinds: ['Quote'] },
    { field: 'publishedBy', types: ['PUBLISHED_BY'], direction: 'OUT', kinds: PLACES },
  ],
};

/** Fields no public seed relationship fills (no one is recorded with a role at the region as such). */
const EMPTY_IN_SEEDS = ['Region.people'];

const RELATIONSHIP = `key type direction year title context restricted
  node { id kind }
  evidence { excerpt inferred reason document { id title } }`;

/** A seeded relationship as the API must show it to the public: only its public evidence. */
function shown(r: {
  relationship: SeedRelationship;
  other: { id: string; kind: Kind };
  direction: 'OUT' | 'IN';
}) {
  const props = r.relationship.props;
  return {
    key: r.relationship.key,
    type: r.relationship.type,
    direction: r.direction,
    year: (props.year as number | undefined) ?? null,
    title: (props.title as string | undefined) ?? null,
    context: (props.context as string | undefined) ?? null,
    restricted: false,
    node: { id: r.other.id, kind: r.other.kind },
    evidence: r.relationship.evidence
      .filter((e) => !e.restricted)
      .map((e) => ({
        excerpt: e.excerpt,
        inferred: e.inferred,
        reason: e.reason,
        document: { id: e.document, title: seeds.node(e.document).name },
      })),
  };
}

interface Shown {
  node: { id: string };
  evidence: { document: { id: string; title: string } }[];
}

describe('relationship fields and neighbours over the seeded Neo4j', () => {
  const suite = serviceSuite();

  const field = async (kind: Kind, id: string, name: string, first = 100) =>
    (
      await data<{ node: Record<string, Shown[]> }>(
        suite.service,
        `query ($id: ID!, $first: Int!) { node(id: $id) { ... on ${kind} { rels: ${name}(first: $first) { ${RELATIONSHIP} } } } }`,
        { id, first },
      )
    ).node.rels;

  describe.each(Object.keys(FIELDS) as Kind[])('%s', (kind) => {
    it('shows every typed relationship field of every node as seeded, with public evidence', async () => {
      const work = seeds.visible(kind).flatMap((node) => FIELDS[kind].map((spec) => ({ node, spec })));
      const expected: Record<string, unknown> = {};
      const actual: Record<string, unknown> = {};
      await mapLimit(work, 8, async ({ node, spec }) => {
        const label = `${node.id}.${spec.field}`;
        expected[label] = seeds
          .related(node.id, { types: spec.types, direction: spec.direction, kinds: spec.kinds })
          .slice(0, 100)
          .map(shown);
        actual[label] = await field(kind, node.id, spec.field);
      });
      expect(actual).toEqual(expected);
      // Each field is exercised somewhere (but those the seeds leave empty), and every relationship
      // shown carries evidence.
      for (const spec of FIELDS[kind]) {
        const total = Object.entries(actual)
          .filter(([label]) => label.endsWith(`.${spec.field}`))
          .reduce((sum, [, rels]) => sum + (rels as Shown[]).length, 0);
        const emptyInSeeds = EMPTY_IN_SEEDS.includes(`${kind}.${spec.field}`);
        expect([spec.field, total > 0]).toEqual([spec.field, !emptyInSeeds]);
      }
      for (const rels of Object.values(actual) as Shown[][]) {
        for (const r of rels) expect(r.evidence.length).toBeGreaterThan(0);
      }
    });
  });

  it('municipality.nominatedBy gives the inferred nominator with its evidence, and back again', async () => {
    const result = await data<{
      municipality: {
        nominatedBy: { node: { id: string; name: string }; evidence: Record<string, unknown>[] }[];
      };
      organisation: { nominated: { node: { id: string } }[] };
    }>(
      suite.service,
      `{
        municipality(id: "municipality:delft") {
          nominatedBy { node { id name } evidence { excerpt inferred reason document { id title } } }
        }
        organisation(id: "org:kwadraad") { nominated { node { id } } }
      }`,
    );
    const [nominator] = result.municipality.nominatedBy;
    expect(result.municipality.nominatedBy).toHaveLength(1);
    expect(nominator.node).toEqual({ id: 'org:kwadraad', name: 'Kwadraad' });
    expect(nominator.evidence.length).toBeGreaterThan(0);
    for (const evidence of nominator.evidence) {
      expect(evidence).toMatchObject({
        inferred: true,
        document: { id: 'document:003-addecf477dab56b0', title: '11 Nieuwe Gouden Gemeenten' },
      });
      expect(evidence.reason).toEqual(expect.any(String));
      expect(evidence.excerpt).toEqual(expect.any(String));
    }
    expect(result.organisation.nominated.map((r) => r.node.id)).toEqual(['municipality:delft']);
  });

  it('region.members gives the seven gemeenten of Midden-Limburg, and municipality.regions the region', async () => {
    const result = await data<{
      region: { members: { node: { id: string } }[] };
      municipality: { regions: { node: { id: string } }[] };
    }>(
      suite.service,
      `{
        region(id: "region:midden-limburg") { members { node { id } } }
        municipality(id: "municipality:weert") { regions { node { id } } }
      }`,
    );
    expect(result.region.members.map((r) => r.node.id)).toEqual([
      'municipality:echt-susteren',
      'municipality:leudal',
      'municipality:maasgouw',
      'municipality:nederweert',
      'municipality:roerdalen',
      'municipality:roermond',
      'municipality:weert',
    ]);
    expect(result.municipality.regions.map((r) => r.node.id)).toEqual(['region:midden-limburg']);
  });

  it('award.recipients of 2017 gives the 11 recipients with the year, and the 2015 edition none', async () => {
    const result = await data<{
      y2017: { recipients: { year: number; node: { id: string } }[] };
      y2015: { recipients: unknown[]; winnerCount: number };
    }>(
      suite.service,
      `{
        y2017: award(id: "award:gouden-sociale-gemeenten-2017") { recipients { year node { id } } }
        y2015: award(id: "award:gouden-sociale-gemeenten-2015") { recipients { year } winnerCount }
      }`,
    );
    expect(result.y2017.recipients).toHaveLength(11);
    expect(new Set(result.y2017.recipients.map((r) => r.year))).toEqual(new Set([2017]));
    expect(result.y2017.recipients.map((r) => r.node.id)).toContain('region:midden-limburg');
    expect(result.y2015).toEqual({ recipients: [], winnerCount: 10 });
  });

  it('quote.saidBy and quote.documents: one quote, three documents, each with its own wording', async () => {
    const { quote } = await data<{
      quote: {
        text: string;
        saidBy: { node: { id: string } }[];
        documents: {
          node: { id: string; title: string };
          evidence: { excerpt: string; document: { id: string } }[];
        }[];
      };
    }>(
      suite.service,
      `{ quote(id: "quote:mieke-pirson-met-name-de-jeugdhulp") {
          text
          saidBy { node { id } }
          documents { node { id title } evidence { excerpt document { id } } }
      } }`,
    );
    expect(quote.saidBy.map((r) => r.node.id)).toEqual(['person:mieke-pirson']);
    expect(quote.documents.map((r) => r.node.id).sort()).toEqual([
      'document:000-22230f0f29cf03ba',
      'document:001-358c8b65ae7369f4',
      'document:003-addecf477dab56b0',
    ]);
    for (const r of quote.documents) {
      expect(r.evidence.map((e) => e.document.id)).toEqual([r.node.id]);
      expect(r.node.title).toBe(seeds.node(r.node.id).name);
    }
  });

  it('document.mentions, document.quotes and document.text, the text fetched on demand', async () => {
    const { document } = await data<{
      document: {
        title: string;
        text: string;
        restrictedText: string | null;
        mentions: { type: string; node: { id: string; kind: string } }[];
        quotes: { node: { id: string; text: string } }[];
      };
    }>(
      suite.service,
      `{ document(id: "document:002-c733f695bbfdf289") {
          title text restrictedText
          mentions(first: 100) { type node { id kind } }
          quotes { node { id text } }
      } }`,
    );
    expect(document.title).toBe('Sociaal succes van gouden gemeenten');
    expect(document.text).toContain('Sociaal Werk Nederland heeft onlangs tien gemeenten');
    expect(document.restrictedText).toBeNull();
    const mentioned = seeds.related('document:002-c733f695bbfdf289', {
      types: ['MENTIONS'],
      direction: 'OUT',
    });
    expect(mentioned.length).toBeGreaterThan(10);
    expect(document.mentions.map((m) => m.node.id)).toEqual(mentioned.map((m) => m.other.id));
    expect(new Set(document.mentions.map((m) => m.type))).toEqual(new Set(['MENTIONS']));
    expect(document.mentions.map((m) => m.node.id)).toEqual(
      expect.arrayContaining(['person:marijke-vos', 'municipality:delft', 'org:sociaal-werk-nederland']),
    );
    expect(document.quotes).toHaveLength(7);
    const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
    for (const { node } of document.quotes) expect(flat(document.text)).toContain(flat(node.text));
  });

  it('caps a typed relationship field at `first` and keeps the order', async () => {
    const id = 'document:003-addecf477dab56b0';
    const all = seeds.related(id, { types: ['MENTIONS'], direction: 'OUT' });
    expect(all.length).toBeGreaterThan(100);
    const capped = await field('Document', id, 'mentions', 5);
    expect(capped.map((r) => r.node.id)).toEqual(all.slice(0, 5).map((r) => r.other.id));
  });

  describe('neighbours', () => {
    interface NeighbourPage {
      edges: {
        cursor: string;
        key: string;
        type: string;
        direction: string;
        node: { id: string };
        evidence: { document: { id: string } }[];
      }[];
      pageInfo: {
        hasPreviousPage: boolean;
        hasNextPage: boolean;
        startCursor: string | null;
        endCursor: string | null;
      };
      totalCount: number;
    }
    const query = `query ($id: ID!, $first: Int!, $after: String, $types: [RelationshipType!], $direction: Direction!, $kinds: [NodeKind!]) {
      node(id: $id) {
        neighbours(first: $first, after: $after, types: $types, direction: $direction, kinds: $kinds) {
          edges { cursor key type direction node { id } evidence { document { id } } }
          pageInfo { hasPreviousPage hasNextPage startCursor endCursor }
          totalCount
        }
      }
    }`;
    const neighbours = async (variables: Record<string, unknown>) =>
      (
        await data<{ node: { neighbours: NeighbourPage } }>(suite.service, query, {
          direction: 'BOTH',
          first: 100,
          ...variables,
        })
      ).node.neighbours;

    it('gives every visible node its seeded neighbours and their count', async () => {
      const nodes = ALL_KINDS.flatMap((kind) => seeds.visible(kind));
      const expected: Record<string, unknown> = {};
      const actual: Record<string, unknown> = {};
      await mapLimit(nodes, 8, async (node) => {
        const all = seeds.related(node.id, { direction: 'BOTH' });
        expected[node.id] = {
          keys: all.slice(0, 100).map((r) => `${r.direction} ${r.relationship.key}`),
          hasNextPage: all.length > 100,
          totalCount: all.length,
        };
        const page = await neighbours({ id: node.id });
        actual[node.id] = {
          keys: page.edges.map((e) => `${e.direction} ${e.key}`),
          hasNextPage: page.pageInfo.hasNextPage,
          totalCount: page.totalCount,
        };
      });
      expect(actual).toEqual(expected);
    });

    it.each([
      'municipality:delft',
      'municipality:leudal',
      'region:midden-limburg',
      'org:kwadraad',
      'document:000-22230f0f29cf03ba',
    ])('pages the neighbours of %s two at a time to the end', async (id) => {
      const expected = seeds.related(id, { direction: 'BOTH' }).map((r) => r.relationship.key);
      const seen: string[] = [];
      const counts = new Set<number>();
      let after: string | null = null;
      for (let pages = 0; ; pages++) {
        const page: NeighbourPage = await neighbours({ id, first: 2, after });
        seen.push(...page.edges.map((e) => e.key));
        counts.add(page.totalCount);
        for (const edge of page.edges) expect(edge.evidence.length).toBeGreaterThan(0);
        expect(page.pageInfo).toMatchObject({
          hasPreviousPage: after !== null,
          startCursor: page.edges[0]?.cursor ?? null,
          endCursor: page.edges.at(-1)?.cursor ?? null,
        });
        if (!page.pageInfo.hasNextPage) break;
        expect(page.edges).toHaveLength(2);
        after = page.pageInfo.endCursor;
        if (pages > 200) throw new Error('neighbours never end');
      }
      expect(expected.length).toBeGreaterThan(2);
      expect(seen).toEqual(expected);
      expect(new Set(seen).size).toBe(seen.length);
      expect([...counts]).toEqual([seen.length]);
    });

    it('filters neighbours by type, direction and kind', async () => {
      const cases = [
        { id: 'municipality:delft', types: ['PARTNERS_WITH'], direction: 'BOTH' as const, kinds: null },
        { id: 'municipality:delft', types: null, direction: 'IN' as const, kinds: ['Person'] as Kind[] },
        { id: 'org:kwadraad', types: ['MEMBER_OF', 'NOMINATED_BY'], direction: 'BOTH' as const, kinds: null },
        {
          id: 'org:delft-voor-elkaar',
          types: ['MEMBER_OF'],
          direction: 'IN' as const,
          kinds: ['Organisation'] as Kind[],
        },
        { id: 'region:midden-limburg', types: null, direction: 'OUT' as const, kinds: null },
      ];
      for (const c of cases) {
        const page = await neighbours(c);
        const expected = seeds.related(c.id, {
          types: c.types ?? undefined,
          direction: c.direction,
          kinds: c.kinds ?? undefined,
        });
        expect(expected.length).toBeGreaterThan(0);
        expect({ id: c.id, keys: page.edges.map((e) => e.key), total: page.totalCount }).toEqual({
          id: c.id,
          keys: expected.map((r) => r.relationship.key),
          total: expected.length,
        });
      }
    });
  });
});
