/**
 * Documents and quotes through HTTP against the real Neo4j: addDocument (split at its restricted
 * marker like the loader), addQuote (verbatim or refused), and setDocumentRestricted, which hides
 * the facts a document alone supports from the public (and shows them to researchers), and
 * restores them exactly when marked back.
 */
import { graphFingerprint } from '../support/graph-snapshot';
import { AS, DOC_002, DOC_003, EXCERPT_003, cypher, graphState, ok, refused } from '../support/curation';
import { serviceSuite } from '../support/service-suite';
import { AUTH_ENV } from '../support/tokens';

const DOC = 'document:test-nieuwsbrief-gouda';
const MARKER = 'Alleen voor de redactie:';
const PUBLIC_PART =
  'Test nieuwsbrief Gouda\n\nWethouder Test Anna de Vries opende de Test Buurtkamer in de wijk Korte Akkeren. ' +
  '"Iedereen is hier welkom, ook wie  eenzaam is," zei zij bij de opening.\n\nDe buurtkamer is elke dag open.';
const RESTRICTED_PART = `${MARKER}\nContact: Test Kees Pers, 06 1234 5678. "Bel mij gerust na vijven," zegt hij.`;
const TEXT = `${PUBLIC_PART}\n\n${RESTRICTED_PART}`;

const DOCUMENT =
  'id name kind restricted version title publishedOn language documentKind text restrictedText';
const ADD_DOCUMENT = `mutation ($input: AddDocumentInput!) { addDocument(input: $input) { ${DOCUMENT} } }`;
const READ_DOCUMENT = `query ($id: ID!) { document(id: $id) { ${DOCUMENT} } }`;
const SET_RESTRICTED = `mutation ($id: ID!, $restricted: Boolean!) { setDocumentRestricted(id: $id, restricted: $restricted) { ${DOCUMENT} } }`;
const ADD_QUOTE = `mutation ($input: AddQuoteInput!) { addQuote(input: $input) {
  id name text language restricted version
  evidence { excerpt inferred document { id } }
  saidBy { key node { id } evidence { excerpt document { id } } }
  documents { key node { id } evidence { excerpt } }
  themes { key node { id } }
} }`;
const CREATE_PERSON =
  'mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id restricted } }';
const CREATE_THEME = 'mutation ($input: CreateThemeInput!) { createTheme(input: $input) { id restricted } }';
const NODE = 'query ($id: ID!) { node(id: $id) { id restricted evidence { excerpt document { id } } } }';

describe('curation of documents and quotes', () => {
  const suite = serviceSuite(AUTH_ENV, {
    // Should a test have failed half-way, the seeded document is marked public again first.
    cleanUp: async ({ database, service }) => {
      const [doc] = await cypher(database, 'MATCH (d:Document {id: $id}) RETURN d.restricted AS restricted', {
        id: DOC_002,
      });
      if (doc?.restricted) await ok(service, SET_RESTRICTED, { id: DOC_002, restricted: false });
    },
    pristine: { seededDocumentVersions: { [DOC_002]: 1 } },
  });

  describe('addDocument', () => {
    it('adds a document, its text split at the restricted marker as the loader splits it', async () => {
      const { addDocument } = await ok<{ addDocument: Record<string, unknown> }>(
        suite.service,
        ADD_DOCUMENT,
        {
          input: {
            id: DOC,
            title: 'Test nieuwsbrief Gouda',
            text: TEXT,
            publishedOn: '2024-05-01',
            publisher: 'org:kwadraad',
            documentKind: 'news',
            restrictedFrom: MARKER,
          },
        },
      );
      expect(addDocument).toEqual({
        id: DOC,
        name: 'Test nieuwsbrief Gouda',
        kind: 'Document',
        restricted: false,
        version: 1,
        title: 'Test nieuwsbrief Gouda',
        publishedOn: '2024-05-01',
        language: 'nl',
        documentKind: 'news',
        text: PUBLIC_PART,
        restrictedText: RESTRICTED_PART,
      });
      // The public reads the public part only; the editor's view is the same as the mutation's.
      const publicView = (
        await ok<{ document: Record<string, unknown> }>(suite.service, READ_DOCUMENT, { id: DOC }, AS.public)
      ).document;
      expect(publicView).toEqual({ ...addDocument, restrictedText: null });
      expect((await ok<{ document: unknown }>(suite.service, READ_DOCUMENT, { id: DOC })).document).toEqual(
        addDocument,
      );
      const [stored] = await cypher(
        suite.database,
        'MATCH (d:Node:Document {id: $id}) RETURN d.publisher AS publisher, d.kind AS kind, d.origin AS origin, d.createdBy AS createdBy',
        { id: DOC },
      );
      expect(stored).toEqual({
        publisher: 'org:kwadraad',
        kind: 'news',
        origin: 'editor',
        createdBy: 'eddie-editor',
      });
    });

    it('adds a wholly restricted document that only researchers and editors see, public after its marker when released', async () => {
      const id = 'document:test-intern-memo';
      const text = 'Test: de buurtkamer krijgt een tuin.\n\nIntern: niet delen voor de raad beslist.';
      const { addDocument } = await ok<{ addDocument: Record<string, unknown> }>(
        suite.service,
        ADD_DOCUMENT,
        {
          input: {
            id,
            title: 'Test intern memo',
            text,
            documentKind: 'article',
            restricted: true,
            restrictedFrom: 'Intern:',
          },
        },
      );
      // Stored as the loader stores a wholly restricted document: every word in restrictedText.
      expect(addDocument).toMatchObject({ restricted: true, text: '', restrictedText: text });
      expect((await refused(suite.service, READ_DOCUMENT, { id }, AS.public)).code).toBe('NOT_FOUND');
      expect(
        (
          await ok<{ document: { restrictedText: string } }>(
            suite.service,
            READ_DOCUMENT,
            { id },
            AS.researcher,
          )
        ).document.restrictedText,
      ).toBe(text);

      // Released: the part before the marker becomes public, the rest stays restricted.
      await ok(suite.service, SET_RESTRICTED, { id, restricted: false });
      expect(
        (await ok<{ document: unknown }>(suite.service, READ_DOCUMENT, { id }, AS.public)).document,
      ).toMatchObject({
        restricted: false,
        version: 2,
        text: 'Test: de buurtkamer krijgt een tuin.',
        restrictedText: null,
      });
      expect(
        (
          await ok<{ document: { restrictedText: string } }>(
            suite.service,
            READ_DOCUMENT,
            { id },
            AS.researcher,
          )
        ).document.restrictedText,
      ).toBe('Intern: niet delen voor de raad beslist.');
    });

    it('refuses an id in use with CONFLICT, writing nothing', async () => {
      const state = await graphState(suite.database);
      const error = await refused(suite.service, ADD_DOCUMENT, {
        input: { id: DOC_003, title: 'x', text: 'x', documentKind: 'news' },
      });
      expect(error.code).toBe('CONFLICT');
      expect(await graphState(suite.database)).toEqual(state);
    });
  });

  describe('addQuote', () => {
    it('adds a quote said by a person in a document, concerning themes, all with the quote as evidence', async () => {
      await ok(suite.service, CREATE_PERSON, {
        input: {
          id: 'person:test-anna-de-vries',
          name: 'Test Anna de Vries',
          evidence: [{ document: DOC, excerpt: 'Wethouder Test Anna de Vries' }],
        },
      });
      // One space here where the document has two: white-space runs count as one.
      const text = 'Iedereen is hier welkom, ook wie eenzaam is,';
      const { addQuote } = await ok<{ addQuote: Record<string, unknown> }>(suite.service, ADD_QUOTE, {
        input: {
          id: 'quote:test-iedereen-welkom',
          text,
          speaker: 'person:test-anna-de-vries',
          document: DOC,
          themes: ['theme:ontmoeting', 'theme:participatie'],
        },
      });
      const evidence = [{ excerpt: text, inferred: false, document: { id: DOC } }];
      expect(addQuote).toEqual({
        id: 'quote:test-iedereen-welkom',
        name: 'Iedereen is hier welkom, ook wie eenzaam is,',
        text,
        language: 'nl',
        restricted: false,
        version: 1,
        evidence,
        saidBy: [
          {
            key: 'person:test-anna-de-vries|SAID|quote:test-iedereen-welkom',
            node: { id: 'person:test-anna-de-vries' },
            evidence: [{ excerpt: text, document: { id: DOC } }],
          },
        ],
        documents: [
          {
            key: `quote:test-iedereen-welkom|QUOTED_IN|${DOC}`,
            node: { id: DOC },
            evidence: [{ excerpt: text }],
          },
        ],
        themes: [
          { key: 'quote:test-iedereen-welkom|CONCERNS|theme:ontmoeting', node: { id: 'theme:ontmoeting' } },
          {
            key: 'quote:test-iedereen-welkom|CONCERNS|theme:participatie',
            node: { id: 'theme:participatie' },
          },
        ],
      });
      // Readable back by the public: through the person, the theme and the document.
      const { person, theme, document } = await ok<{
        person: { quotes: { node: { id: string; text: string } }[] };
        theme: { quotes: { node: { id: string } }[] };
        document: { quotes: { node: { id: string } }[] };
      }>(
        suite.service,
        `query ($doc: ID!) {
          person(id: "person:test-anna-de-vries") { quotes { node { id text } } }
          theme(id: "theme:ontmoeting") { quotes(first: 100) { node { id } } }
          document(id: $doc) { quotes { node { id } } }
        }`,
        { doc: DOC },
        AS.public,
      );
      expect(person.quotes).toEqual([{ node: { id: 'quote:test-iedereen-welkom', text } }]);
      expect(theme.quotes.map((q) => q.node.id)).toContain('quote:test-iedereen-welkom');
      expect(document.quotes).toEqual([{ node: { id: 'quote:test-iedereen-welkom' } }]);
      const [stored] = await cypher(
        suite.database,
        `MATCH (q:Quote {id: 'quote:test-iedereen-welkom'})
         RETURN [(q)-[r]-() | r.origin] AS origins, [(d:Document)-[:MENTIONS]->(q) | d.id] AS mentionedBy`,
      );
      expect(new Set(stored.origins as string[])).toEqual(new Set(['editor']));
      expect(stored.mentionedBy).toEqual([DOC]);
    });

    it('makes a quote from the restricted part of a document restricted', async () => {
      await ok(suite.service, CREATE_PERSON, {
        input: {
          id: 'person:test-kees-pers',
          name: 'Test Kees Pers',
          evidence: [{ document: DOC, excerpt: 'Contact: Test Kees Pers' }],
        },
      });
      const { addQuote } = await ok<{ addQuote: { restricted: boolean; name: string } }>(
        suite.service,
        ADD_QUOTE,
        {
          input: {
            id: 'quote:test-bel-mij',
            text: 'Bel mij gerust na vijven,',
            speaker: 'person:test-kees-pers',
            document: DOC,
          },
        },
      );
      expect(addQuote.restricted).toBe(true);
      expect((await refused(suite.service, NODE, { id: 'quote:test-bel-mij' }, AS.public)).code).toBe(
        'NOT_FOUND',
      );
      expect(
        (
          await ok<{ node: { restricted: boolean } }>(
            suite.service,
            NODE,
            { id: 'quote:test-bel-mij' },
            AS.researcher,
          )
        ).node.restricted,
      ).toBe(true);
      const [{ restricted }] = await cypher(
        suite.database,
        "MATCH (:Person {id: 'person:test-kees-pers'})-[r:SAID]->(:Quote {id: 'quote:test-bel-mij'}) RETURN r.restricted AS restricted",
      );
      expect(restricted).toBe(true);
    });

    it('refuses an id in use with CONFLICT, writing nothing', async () => {
      const state = await graphState(suite.database);
      const error = await refused(suite.service, ADD_QUOTE, {
        input: {
          id: 'quote:test-iedereen-welkom',
          text: 'Iedereen is hier welkom',
          speaker: 'person:test-anna-de-vries',
          document: DOC,
        },
      });
      expect(error.code).toBe('CONFLICT');
      expect(await graphState(suite.database)).toEqual(state);
    });
  });

  describe('refused input: BAD_USER_INPUT naming the field, and nothing written', () => {
    const doc = (input: Record<string, unknown>) => ({
      input: { id: 'document:test-x', title: 'x', text: 'Een tekst.', documentKind: 'news', ...input },
    });
    const quote = (input: Record<string, unknown>) => ({
      input: {
        id: 'quote:test-x',
        text: 'Iedereen is hier welkom',
        speaker: 'person:test-anna-de-vries',
        document: DOC,
        ...input,
      },
    });
    const cases: [string, string, Record<string, unknown>, string][] = [
      ['a document id of another kind', ADD_DOCUMENT, doc({ id: 'theme:test-x' }), 'input.id'],
      ['an empty text', ADD_DOCUMENT, doc({ text: '' }), 'input.text'],
      ['a blank title', ADD_DOCUMENT, doc({ title: '  ' }), 'input.title'],
      ['a date that is not ISO', ADD_DOCUMENT, doc({ publishedOn: '1 mei 2024' }), 'input.publishedOn'],
      ['a date that does not exist', ADD_DOCUMENT, doc({ publishedOn: '2024-02-31' }), 'input.publishedOn'],
      ['an unknown document kind', ADD_DOCUMENT, doc({ documentKind: 'blog' }), 'input.documentKind'],
      ['a language that is not a code', ADD_DOCUMENT, doc({ language: 'Nederlands' }), 'input.language'],
      [
        'a marker not in the text',
        ADD_DOCUMENT,
        doc({ restrictedFrom: 'Niet voor publicatie' }),
        'input.restrictedFrom',
      ],
      [
        'a publisher that does not exist',
        ADD_DOCUMENT,
        doc({ publisher: 'org:test-bestaat-niet' }),
        'input.publisher',
      ],
      [
        'a publisher of a kind that cannot publish',
        ADD_DOCUMENT,
        doc({ publisher: 'theme:jeugdhulp' }),
        'input.publisher',
      ],
      ['a quote not in the document', ADD_QUOTE, quote({ text: 'Dit heeft niemand gezegd.' }), 'input.text'],
      ['a quote from another document', ADD_QUOTE, quote({ document: DOC_003 }), 'input.text'],
      [
        'a speaker that does not exist',
        ADD_QUOTE,
        quote({ speaker: 'person:test-bestaat-niet' }),
        'input.speaker',
      ],
      ['a speaker id of another kind', ADD_QUOTE, quote({ speaker: 'org:kwadraad' }), 'input.speaker'],
      [
        'a document that does not exist',
        ADD_QUOTE,
        quote({ document: 'document:test-bestaat-niet' }),
        'input.document',
      ],
      [
        'a theme that does not exist',
        ADD_QUOTE,
        quote({ themes: ['theme:jeugdhulp', 'theme:test-bestaat-niet'] }),
        'input.themes[1]',
      ],
      [
        'a theme named twice',
        ADD_QUOTE,
        quote({ themes: ['theme:jeugdhulp', 'theme:jeugdhulp'] }),
        'input.themes',
      ],
      ['a theme id of another kind', ADD_QUOTE, quote({ themes: ['org:kwadraad'] }), 'input.themes'],
      [
        'a document id of another kind to restrict',
        SET_RESTRICTED,
        { id: 'org:kwadraad', restricted: true },
        'id',
      ],
    ];

    it.each(cases)('%s', async (_what, mutation, variables, field) => {
      const state = await graphState(suite.database);
      const error = await refused(suite.service, mutation, variables);
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.fields).toContain(field);
      expect(await graphState(suite.database)).toEqual(state);
    });

    it('answers NOT_FOUND for restricting a document that does not exist, writing nothing', async () => {
      const state = await graphState(suite.database);
      const error = await refused(suite.service, SET_RESTRICTED, {
        id: 'document:test-bestaat-niet',
        restricted: true,
      });
      expect(error.code).toBe('NOT_FOUND');
      expect(await graphState(suite.database)).toEqual(state);
    });
  });

  describe('setDocumentRestricted', () => {
    it('hides the facts only a restricted document supports from the public and shows them to researchers', async () => {
      await ok(suite.service, CREATE_THEME, {
        input: {
          id: 'theme:test-buurtkamers',
          name: 'test buurtkamers',
          evidence: [{ document: DOC, excerpt: 'De buurtkamer is elke dag open.' }],
        },
      });
      // Supported by the test document and by document 003: stays public, without the restricted piece.
      await ok(suite.service, CREATE_THEME, {
        input: {
          id: 'theme:test-twee-bronnen',
          name: 'test twee bronnen',
          evidence: [
            { document: DOC, excerpt: 'De buurtkamer is elke dag open.' },
            { document: DOC_003, excerpt: EXCERPT_003 },
          ],
        },
      });
      const onlyFromDoc = [
        'theme:test-buurtkamers',
        'quote:test-iedereen-welkom',
        'person:test-anna-de-vries',
        DOC,
      ];
      for (const id of onlyFromDoc)
        expect((await ok<{ node: { id: string } }>(suite.service, NODE, { id }, AS.public)).node.id).toBe(id);

      const { setDocumentRestricted } = await ok<{ setDocumentRestricted: Record<string, unknown> }>(
        suite.service,
        SET_RESTRICTED,
        { id: DOC, restricted: true },
      );
      expect(setDocumentRestricted).toMatchObject({ id: DOC, restricted: true, version: 2 });

      for (const id of onlyFromDoc) {
        const error = await refused(suite.service, NODE, { id }, AS.public);
        expect({ id, code: error.code }).toEqual({ id, code: 'NOT_FOUND' });
        const seen = (await ok<{ node: { restricted: boolean } }>(suite.service, NODE, { id }, AS.researcher))
          .node;
        expect({ id, restricted: seen.restricted }).toEqual({ id, restricted: true });
      }
      const mixed = (
        await ok<{ node: { restricted: boolean; evidence: { document: { id: string } }[] } }>(
          suite.service,
          NODE,
          { id: 'theme:test-twee-bronnen' },
          AS.public,
        )
      ).node;
      expect(mixed).toEqual({
        id: 'theme:test-twee-bronnen',
        restricted: false,
        evidence: [{ excerpt: EXCERPT_003, document: { id: DOC_003 } }],
      });
      // Not by search, not through the theme it concerns, not as anyone's quote.
      const publicView = await ok<{
        search: { node: { id: string } }[];
        theme: { quotes: { node: { id: string } }[] };
      }>(
        suite.service,
        '{ search(text: "buurtkamers welkom eenzaam", first: 100) { node { id } } theme(id: "theme:ontmoeting") { quotes(first: 100) { node { id } } } }',
        {},
        AS.public,
      );
      const seenIds = JSON.stringify(publicView);
      for (const id of onlyFromDoc) expect(seenIds).not.toContain(id);
      // The relationships it alone supports are restricted too.
      const [rels] = await cypher(
        suite.database,
        `MATCH ()-[r]->() WHERE $doc IN r.evidenceDocuments RETURN collect(DISTINCT r.restricted) AS flags`,
        { doc: DOC },
      );
      expect(rels.flags).toEqual([true]);

      // Marked back: all is public again.
      const back = await ok<{ setDocumentRestricted: { restricted: boolean; version: number } }>(
        suite.service,
        SET_RESTRICTED,
        {
          id: DOC,
          restricted: false,
        },
      );
      expect(back.setDocumentRestricted).toMatchObject({ restricted: false, version: 3 });
      for (const id of onlyFromDoc)
        expect(
          (await ok<{ node: { restricted: boolean } }>(suite.service, NODE, { id }, AS.public)).node
            .restricted,
        ).toBe(false);
      // …except what lies in its restricted part, which stays restricted.
      expect((await refused(suite.service, NODE, { id: 'quote:test-bel-mij' }, AS.public)).code).toBe(
        'NOT_FOUND',
      );
    });

    it('round-trips a seeded document: restricted, its facts hidden; public again, every flag as the loader set it', async () => {
      const solelyFrom002 = (
        await cypher(
          suite.database,
          `MATCH (n:Node) WHERE all(d IN n.evidenceDocuments WHERE d = $doc) AND NOT n.restricted RETURN n.id AS id`,
          { doc: DOC_002 },
        )
      ).map((row) => row.id as string);
      expect(solelyFrom002.length).toBeGreaterThan(0);
      const fingerprint = await graphFingerprint(suite.database);

      await ok(suite.service, SET_RESTRICTED, { id: DOC_002, restricted: true });
      for (const id of [...solelyFrom002, DOC_002]) {
        expect({ id, code: (await refused(suite.service, NODE, { id }, AS.public)).code }).toEqual({
          id,
          code: 'NOT_FOUND',
        });
        expect((await ok<{ node: { id: string } }>(suite.service, NODE, { id }, AS.researcher)).node.id).toBe(
          id,
        );
      }
      await ok(suite.service, SET_RESTRICTED, { id: DOC_002, restricted: false });
      for (const id of solelyFrom002)
        expect((await ok<{ node: { id: string } }>(suite.service, NODE, { id }, AS.public)).node.id).toBe(id);

      // Every flag is back to what the loader computed; only the document's version and who-when
      // moved (put back here), and two audit events were written.
      await cypher(
        suite.database,
        'MATCH (d:Document {id: $id}) SET d.version = 1 REMOVE d.updatedAt, d.updatedBy',
        {
          id: DOC_002,
        },
      );
      const after = await graphFingerprint(suite.database);
      const withoutAudit = (lines: string[]) => lines.filter((line) => !line.startsWith('audit:'));
      expect(withoutAudit(after.nodes)).toEqual(withoutAudit(fingerprint.nodes));
      expect(after.relationships).toEqual(fingerprint.relationships);
    });
  });
});
