/**
 * The press contacts in document 000's editors' note ("Noot voor de redactie, niet voor publicatie")
 * are in the graph, restricted: the public never sees them, through any list, lookup, filter,
 * relationship field, neighbourhood or document text.
 */
import { serviceSuite } from '../support/service-suite';
import { data, failure, pageThrough } from '../support/client';
import { SeedGraph } from './seed-graph';
import { RESTRICTED_PEOPLE } from '../support/network';

const seeds = new SeedGraph();

const DOCUMENT_000 = 'document:000-22230f0f29cf03ba';
/** Hand-checked in seeds/graph/nodes/person.yaml: their only evidence lies after the marker. */
const PRESS_CONTACTS = RESTRICTED_PEOPLE;
const MIDDEN_LIMBURG = [
  'municipality:echt-susteren',
  'municipality:leudal',
  'municipality:maasgouw',
  'municipality:nederweert',
  'municipality:roerdalen',
  'municipality:roermond',
  'municipality:weert',
];

describe('restricted facts stay hidden from the public', () => {
  const suite = serviceSuite();

  it('the seeds mark exactly the seven press contacts as restricted people', () => {
    expect(
      seeds
        .all('Person')
        .filter((p) => p.restricted)
        .map((p) => p.id)
        .sort(),
    ).toEqual([...PRESS_CONTACTS].sort());
    for (const id of PRESS_CONTACTS) {
      expect(seeds.node(id).evidence.map((e) => e.document)).toEqual([DOCUMENT_000]);
    }
  });

  it('leaves them out of `people`, paged to the end, and out of every people filter', async () => {
    const walk = await pageThrough(suite.service, 'people', { size: 2 });
    expect(walk.ids.length).toBe(seeds.visible('Person').length);
    for (const id of PRESS_CONTACTS) expect(walk.ids).not.toContain(id);
    expect(new Set(walk.totalCounts)).toEqual(new Set([walk.ids.length]));

    for (const filter of [
      { nameContains: 'Grinsven' },
      { nameContains: 'Saes' },
      ...MIDDEN_LIMBURG.map((municipality) => ({ municipality })),
    ]) {
      const { people } = await data<{ people: { edges: { node: { id: string } }[]; totalCount: number } }>(
        suite.service,
        'query ($filter: PersonFilter) { people(filter: $filter, first: 100) { edges { node { id } } totalCount } }',
        { filter },
      );
      expect({ filter, ids: people.edges.map((e) => e.node.id), total: people.totalCount }).toEqual({
        filter,
        ids: [],
        total: 0,
      });
    }
  });

  it('answers NOT_FOUND for them from node(id) and person(id), without their names', async () => {
    for (const id of PRESS_CONTACTS) {
      for (const query of [
        'query ($id: ID!) { node(id: $id) { id name } }',
        'query ($id: ID!) { person(id: $id) { id name phone } }',
      ]) {
        const error = await failure(suite.service, query, { id });
        expect(error.code).toBe('NOT_FOUND');
        expect(error.body.data).toBeNull();
        expect(JSON.stringify(error.body)).not.toContain(seeds.node(id).name);
      }
    }
  });

  it("leaves them out of municipality.people and of their municipalities' neighbours", async () => {
    for (const id of MIDDEN_LIMBURG) {
      const { municipality } = await data<{
        municipality: {
          people: { node: { id: string } }[];
          neighbours: { edges: { node: { id: string } }[]; totalCount: number };
        };
      }>(
        suite.service,
        `query ($id: ID!) { municipality(id: $id) {
          people { node { id } }
          neighbours(first: 100) { edges { node { id } } totalCount }
        } }`,
        { id },
      );
      expect(municipality.people).toEqual([]);
      const neighbourIds = municipality.neighbours.edges.map((e) => e.node.id);
      for (const contact of PRESS_CONTACTS) expect(neighbourIds).not.toContain(contact);
      expect(municipality.neighbours.totalCount).toBe(seeds.related(id, { direction: 'BOTH' }).length);
      expect(municipality.neighbours.totalCount).toBe(neighbourIds.length);
    }
  });

  it("keeps the editors' note out of document 000: text, mentions, neighbours, publisher", async () => {
    const { document } = await data<{
      document: {
        text: string;
        restrictedText: string | null;
        mentions: { node: { id: string }; evidence: { excerpt: string }[] }[];
        publishedBy: unknown[];
        neighbours: { edges: { node: { id: string } }[]; totalCount: number };
      };
    }>(
      suite.service,
      `{ document(id: "${DOCUMENT_000}") {
          text restrictedText
          mentions(first: 100) { node { id } evidence { excerpt } }
          publishedBy { key }
          neighbours(first: 100) { edges { node { id } } totalCount }
      } }`,
    );
    expect(document.text).toContain('Midden-Limburg');
    expect(document.text).not.toContain('Grinsven');
    expect(document.text).not.toContain('Noot voor de redactie');
    expect(document.text).not.toContain('0475 859 000');
    expect(document.restrictedText).toBeNull();
    const mentioned = document.mentions.map((m) => m.node.id);
    const neighbours = document.neighbours.edges.map((e) => e.node.id);
    for (const contact of PRESS_CONTACTS) {
      expect(mentioned).not.toContain(contact);
      expect(neighbours).not.toContain(contact);
    }
    for (const m of document.mentions) {
      for (const e of m.evidence) expect(e.excerpt).not.toMatch(/communicatieadviseurs|Grinsven/);
    }
    // The publisher is inferred from the editors' note only: a restricted relationship between two
    // public nodes, so the public sees neither it nor its evidence.
    expect(document.publishedBy).toEqual([]);
    expect(JSON.stringify(document)).not.toMatch(
      /Grinsven|Saes|Schreuders|Wijnhoven|Vesters|Berben|Begheijn/,
    );
  });

  it('finds no quotes by a restricted speaker, and no restricted text through quote or document filters', async () => {
    const { quotes, documents } = await data<{
      quotes: { totalCount: number };
      documents: { totalCount: number };
    }>(
      suite.service,
      `{
        quotes(filter: { speaker: "person:bart-van-grinsven" }) { totalCount }
        documents(filter: { titleContains: "redactie" }) { totalCount }
      }`,
    );
    expect(quotes.totalCount).toBe(0);
    expect(documents.totalCount).toBe(0);
  });
});
