import { normaliseSpace } from '../../src/model';
import { databaseSuite } from '../support/service-suite';
import { cypher, type Row } from '../support/graph-snapshot';

const AWARD_2017 = 'award:gouden-sociale-gemeenten-2017';
const AWARD_2015 = 'award:gouden-sociale-gemeenten-2015';
const DOCUMENT_000 = 'document:000-22230f0f29cf03ba';

/** The evidence columns every fact carries (parallel lists), and the fact they belong to. */
interface Fact {
  fact: string;
  restricted: boolean | null;
  documents: string[] | null;
  excerpts: string[] | null;
  inferred: boolean[] | null;
  reasons: string[] | null;
  flags: boolean[] | null;
}
const EVIDENCE = `x.restricted AS restricted, x.evidenceDocuments AS documents, x.evidenceExcerpts AS excerpts,
  x.evidenceInferred AS inferred, x.evidenceReasons AS reasons, x.evidenceRestricted AS flags`;

describe('the seeded graph holds what the documents state', () => {
  const suite = databaseSuite();
  /** Per document, as read back from Neo4j: its public text and its whole text, white space collapsed. */
  let documents: Map<string, { publicText: string; wholeText: string }>;
  let facts: Fact[];

  beforeAll(async () => {
    const rows = await cypher(
      suite.database,
      'MATCH (d:Document) RETURN d.id AS id, d.text AS text, d.restrictedText AS rest',
    );
    documents = new Map(
      rows.map((d) => [
        d.id as string,
        {
          publicText: normaliseSpace(String(d.text ?? '')),
          wholeText: normaliseSpace(`${String(d.text ?? '')} ${String(d.rest ?? '')}`),
        },
      ]),
    );
    facts = [
      ...(await cypher(
        suite.database,
        `MATCH (x:Node) WHERE NOT x:Document RETURN x.id AS fact, ${EVIDENCE}`,
      )),
      ...(await cypher(suite.database, `MATCH ()-[x]->() RETURN type(x) + ' ' + x.key AS fact, ${EVIDENCE}`)),
    ] as unknown as Fact[];
  });

  it('has 11 recipients of the 2017 edition: 10 municipalities and 1 region', async () => {
    const [award] = await cypher(
      suite.database,
      `MATCH (a:Award {id: $id}) OPTIONAL MATCH (r)-[received:RECEIVED]->(a)
       RETURN a.year AS year, a.winnerCount AS winnerCount, count(r) AS recipients,
              size([x IN collect(r) WHERE x:Municipality]) AS municipalities,
              size([x IN collect(r) WHERE x:Region]) AS regions, collect(DISTINCT received.year) AS years`,
      { id: AWARD_2017 },
    );
    expect(award).toEqual({
      year: 2017,
      winnerCount: 11,
      recipients: 11,
      municipalities: 10,
      regions: 1,
      years: [2017],
    });
  });

  it('records the 2015 edition with its winner count and invents no winners', async () => {
    const [award] = await cypher(
      suite.database,
      'MATCH (a:Award {id: $id}) RETURN a.year AS year, a.winnerCount AS winnerCount, COUNT { ()-[:RECEIVED]->(a) } AS recipients',
      { id: AWARD_2015 },
    );
    expect(award).toEqual({ year: 2015, winnerCount: 10, recipients: 0 });
  });

  it('has the 7 members of the Midden-Limburg region', async () => {
    const rows = await cypher(
      suite.database,
      "MATCH (m:Municipality)-[:MEMBER_OF]->(:Region {id: 'region:midden-limburg'}) RETURN m.name AS name ORDER BY name",
    );
    expect(rows.map((r) => r.name)).toEqual([
      'Echt-Susteren',
      'Leudal',
      'Maasgouw',
      'Nederweert',
      'Roerdalen',
      'Roermond',
      'Weert',
    ]);
  });

  it('has the 5 documents', async () => {
    const [{ documents: count }] = await cypher(
      suite.database,
      'MATCH (d:Document) RETURN count(d) AS documents',
    );
    expect(count).toBe(5);
  });

  it('gives each 2017 recipient its nominating organisation, people with quotes, and programmes or partners', async () => {
    const rows = await cypher(
      suite.database,
      `MATCH (recipient)-[:RECEIVED]->(:Award {id: $award})
       OPTIONAL MATCH (recipient)-[:NOMINATED_BY]->(nominator:Organisation)
       WITH recipient, collect(nominator) AS nominators
       OPTIONAL MATCH (person:Person)-[:HOLDS_ROLE]->(place) WHERE (place = recipient OR place IN nominators)
         AND EXISTS { (person)-[:SAID]->(:Quote) }
       WITH recipient, nominators, collect(DISTINCT person.name) AS speakers
       RETURN recipient.id AS id, size(nominators) AS nominators, size(speakers) > 0 AS hasSpeaker,
              COUNT { (recipient)-[:RUNS]->(:Programme) } + COUNT { (:Programme)-[:LOCATED_IN]->(recipient) }
              + COUNT { (recipient)-[:PARTNERS_WITH]-() } > 0 AS hasProgrammesOrPartners
       ORDER BY id`,
      { award: AWARD_2017 },
    );
    expect(rows).toHaveLength(11);
    const lacking = rows.filter((r) => r.nominators === 0 || !r.hasSpeaker || !r.hasProgrammesOrPartners);
    expect(lacking).toEqual([]);
  });

  it('gives every relationship and every non-document node evidence, as parallel lists', () => {
    expect(facts.length).toBeGreaterThan(900);
    const malformed = facts.filter(
      (f) =>
        !f.excerpts?.length ||
        [f.documents, f.inferred, f.flags].some((list) => list?.length !== f.excerpts?.length) ||
        // Reasons are stored only where a piece has one (model/stored.ts), then for every piece.
        (f.reasons != null &&
          (f.reasons.length !== f.excerpts?.length || f.reasons.every((r) => r === ''))) ||
        typeof f.restricted !== 'boolean',
    );
    expect(malformed.map((f) => f.fact)).toEqual([]);
  });

  it('finds every excerpt verbatim in the text of the document node it names', () => {
    const missing = facts.flatMap((f) =>
      (f.excerpts ?? [])
        .map((excerpt, i) => ({ fact: f.fact, document: f.documents?.[i] ?? '', excerpt }))
        .filter(
          ({ document, excerpt }) => !documents.get(document)?.wholeText.includes(normaliseSpace(excerpt)),
        ),
    );
    expect(missing).toEqual([]);
  });

  it('gives each node a MENTIONS from every document its evidence cites', async () => {
    const rows = await cypher(
      suite.database,
      `MATCH (n:Node) WHERE NOT n:Document
       UNWIND n.evidenceDocuments AS document
       WITH DISTINCT n, document
       WHERE NOT EXISTS { (:Document {id: document})-[:MENTIONS]->(n) }
       RETURN n.id AS id, document`,
    );
    expect(rows).toEqual([]);
  });

  it('marks restricted exactly the facts whose every excerpt lies outside the public text', () => {
    const isPublic = (f: Fact, i: number) =>
      documents.get(f.documents?.[i] ?? '')?.publicText.includes(normaliseSpace(f.excerpts?.[i] ?? '')) ??
      false;
    const wrong = facts.filter((f) => f.restricted !== (f.excerpts ?? []).every((_, i) => !isPublic(f, i)));
    expect(wrong.map((f) => f.fact)).toEqual([]);
  });

  it('marks the press contacts of the editors note in document 000 restricted, with every fact about them', async () => {
    const editorsNote = (excerpt: string, i: number, f: Fact) =>
      f.documents?.[i] === DOCUMENT_000 &&
      !documents.get(DOCUMENT_000)?.publicText.includes(normaliseSpace(excerpt));
    const contacts = facts.filter(
      (f) => f.fact.startsWith('person:') && f.excerpts?.every((e, i) => editorsNote(e, i, f)),
    );
    expect(contacts.filter((f) => f.restricted !== true)).toEqual([]);
    expect(contacts.map((f) => f.fact).sort()).toEqual([
      'person:bart-van-grinsven',
      'person:maike-vesters',
      'person:marianne-schreuders',
      'person:mireille-begheijn',
      'person:nanneke-saes',
      'person:odin-wijnhoven',
      'person:peggy-berben',
    ]);
    const leaking = await cypher(
      suite.database,
      `MATCH (n {restricted: true})-[r]-(other) WHERE NOT n:Document AND r.restricted <> true
       RETURN n.id AS restrictedNode, type(r) AS type, other.id AS other`,
    );
    expect(leaking).toEqual([]);
  });

  it("keeps the editors' note out of document 000's public text", async () => {
    const [doc] = await cypher(
      suite.database,
      'MATCH (d:Document {id: $id}) RETURN d.text AS text, d.restrictedText AS rest',
      {
        id: DOCUMENT_000,
      },
    );
    expect(doc.text).toContain('Mieke Pirson');
    expect(doc.text).not.toContain('Grinsven');
    expect(doc.rest).toContain('Bart van Grinsven');
    expect(doc.rest).toMatch(/^Noot voor de redactie, niet voor publicatie:/);
  });

  it('keeps a quote carried by several documents as one node, QUOTED_IN each of them', async () => {
    const rows = await cypher(
      suite.database,
      `MATCH (q:Quote) WHERE q.text STARTS WITH 'Met name de jeugdhulp.'
       RETURN q.id AS id, [(q)-[:QUOTED_IN]->(d:Document) | d.id] AS documents,
              [(p:Person)-[:SAID]->(q) | p.name] AS speakers`,
    );
    expect(rows).toHaveLength(1);
    expect([...(rows[0].documents as string[])].sort()).toEqual([
      DOCUMENT_000,
      'document:001-358c8b65ae7369f4',
      'document:003-addecf477dab56b0',
    ]);
    expect(rows[0].speakers).toEqual(['Mieke Pirson']);
  });

  it('links every quote to each document its evidence cites, and holds no two quotes with the same text', async () => {
    const rows = await cypher(
      suite.database,
      `MATCH (q:Quote)
       RETURN q.id AS id, q.text AS text, q.evidenceDocuments AS cited, [(q)-[:QUOTED_IN]->(d) | d.id] AS quotedIn`,
    );
    const unlinked = rows.filter((q) =>
      (q.cited as string[]).some((d) => !(q.quotedIn as string[]).includes(d)),
    );
    expect(unlinked.map((q) => q.id)).toEqual([]);
    const texts = rows.map((q) => normaliseSpace(String(q.text)));
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('has the full-text index `search` online with the Dutch analyzer, and it finds jeugdhulp', async () => {
    const [index] = await cypher(
      suite.database,
      "SHOW FULLTEXT INDEXES YIELD name, state, options WHERE name = 'search' RETURN state, options",
    );
    expect(index.state).toBe('ONLINE');
    expect((index.options as { indexConfig: Row }).indexConfig['fulltext.analyzer']).toBe('dutch');

    const hits = await cypher(
      suite.database,
      "CALL db.index.fulltext.queryNodes('search', 'jeugdhulp') YIELD node RETURN node.id AS id",
    );
    const ids = hits.map((h) => h.id as string);
    expect(ids).toEqual(expect.arrayContaining([DOCUMENT_000, 'theme:jeugdhulp']));
  });

  it('does not find the restricted contacts in the public text of any document', async () => {
    const hits = await cypher(
      suite.database,
      "CALL db.index.fulltext.queryNodes('search', 'Grinsven') YIELD node WHERE node:Document RETURN node.id AS id",
    );
    expect(hits).toEqual([]);
    const restricted = await cypher(
      suite.database,
      "CALL db.index.fulltext.queryNodes('search_restricted', 'Grinsven') YIELD node RETURN node.id AS id",
    );
    expect(restricted).toEqual([{ id: DOCUMENT_000 }]);
  });
});
