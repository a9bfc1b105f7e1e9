/**
 * Curation of nodes through HTTP against the real Neo4j: create and update every curated kind,
 * evidence that must quote its document, CONFLICT on a taken id or a stale version (also when two
 * editors race), and every refused input leaving the graph exactly as it was.
 */
import {
  AS,
  DOC_000,
  DOC_002,
  DOC_003,
  EXCERPT_002,
  EXCERPT_003,
  cypher,
  graphState,
  ok,
  refused,
} from '../support/curation';
import { serviceSuite } from '../support/service-suite';
import { AUTH_ENV } from '../support/tokens';

const NODE = 'id name kind aliases restricted version evidence { excerpt inferred reason document { id } }';

const CREATE = {
  Municipality: `mutation ($input: CreateMunicipalityInput!) { node: createMunicipality(input: $input) { ${NODE} } }`,
  Organisation: `mutation ($input: CreateOrganisationInput!) { node: createOrganisation(input: $input) { ${NODE} ... on Organisation { type formerNames } } }`,
  Person: `mutation ($input: CreatePersonInput!) { node: createPerson(input: $input) { ${NODE} ... on Person { phone } } }`,
  Programme: `mutation ($input: CreateProgrammeInput!) { node: createProgramme(input: $input) { ${NODE} ... on Programme { programmeKind description } } }`,
  Theme: `mutation ($input: CreateThemeInput!) { node: createTheme(input: $input) { ${NODE} } }`,
};
const UPDATE = {
  Municipality: `mutation ($id: ID!, $v: Int!, $input: UpdateMunicipalityInput!) { node: updateMunicipality(id: $id, expectedVersion: $v, input: $input) { ${NODE} } }`,
  Organisation: `mutation ($id: ID!, $v: Int!, $input: UpdateOrganisationInput!) { node: updateOrganisation(id: $id, expectedVersion: $v, input: $input) { ${NODE} ... on Organisation { type formerNames } } }`,
  Person: `mutation ($id: ID!, $v: Int!, $input: UpdatePersonInput!) { node: updatePerson(id: $id, expectedVersion: $v, input: $input) { ${NODE} ... on Person { phone } } }`,
  Programme: `mutation ($id: ID!, $v: Int!, $input: UpdateProgrammeInput!) { node: updateProgramme(id: $id, expectedVersion: $v, input: $input) { ${NODE} ... on Programme { programmeKind description } } }`,
  Theme: `mutation ($id: ID!, $v: Int!, $input: UpdateThemeInput!) { node: updateTheme(id: $id, expectedVersion: $v, input: $input) { ${NODE} } }`,
};
const READ = `query ($id: ID!) { node(id: $id) { ${NODE} ... on Organisation { type formerNames } ... on Person { phone } ... on Programme { programmeKind description } } }`;

type NodeResult = {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  restricted: boolean;
  version: number;
  evidence: { excerpt: string; inferred: boolean; reason: string | null; document: { id: string } }[];
  [field: string]: unknown;
};

const evidence = (document = DOC_003, excerpt = EXCERPT_003) => [{ document, excerpt }];

describe('curation of nodes', () => {
  const suite = serviceSuite(AUTH_ENV, { pristine: true });

  const create = async (kind: keyof typeof CREATE, input: Record<string, unknown>) =>
    (await ok<{ node: NodeResult }>(suite.service, CREATE[kind], { input })).node;
  const read = async (id: string, as = AS.public) =>
    (await ok<{ node: NodeResult }>(suite.service, READ, { id }, as)).node;

  describe('create', () => {
    it('creates a municipality with its evidence, a MENTIONS edge, provenance and version 1', async () => {
      const node = await create('Municipality', {
        id: 'municipality:test-gouda',
        name: 'Test Gouda',
        aliases: ['Gemeente Test Gouda'],
        evidence: [
          { document: DOC_003, excerpt: EXCERPT_003 },
          {
            document: DOC_002,
            excerpt: EXCERPT_002,
            inferred: true,
            reason: 'Test: inferred from the chair.',
          },
        ],
      });
      expect(node).toMatchObject({
        id: 'municipality:test-gouda',
        name: 'Test Gouda',
        kind: 'Municipality',
        aliases: ['Gemeente Test Gouda'],
        restricted: false,
        version: 1,
      });
      expect(node.evidence).toEqual([
        { document: { id: DOC_003 }, excerpt: EXCERPT_003, inferred: false, reason: null },
        {
          document: { id: DOC_002 },
          excerpt: EXCERPT_002,
          inferred: true,
          reason: 'Test: inferred from the chair.',
        },
      ]);
      // Readable back by anyone, through node() and the kind's own query and list.
      expect(await read('municipality:test-gouda')).toEqual(node);
      const { municipality, municipalities } = await ok<{
        municipality: { name: string };
        municipalities: { edges: { node: { id: string } }[] };
      }>(
        suite.service,
        `{ municipality(id: "municipality:test-gouda") { name }
           municipalities(filter: { nameContains: "Test Gouda" }) { edges { node { id } } } }`,
        {},
        AS.public,
      );
      expect(municipality.name).toBe('Test Gouda');
      expect(municipalities.edges.map((e) => e.node.id)).toEqual(['municipality:test-gouda']);

      const [stored] = await cypher(
        suite.database,
        `MATCH (n:Node:Municipality {id: 'municipality:test-gouda'})
         RETURN n.origin AS origin, n.createdBy AS createdBy, n.updatedBy AS updatedBy,
                n.createdAt IS NOT NULL AS createdAt, n.updatedAt IS NOT NULL AS updatedAt,
                n.aliasesText AS aliasesText, n.evidenceRestricted AS evidenceRestricted,
                [(d:Document)-[m:MENTIONS]->(n) | [d.id, m.key, m.origin, m.evidenceExcerpts]] AS mentions`,
      );
      expect(stored).toMatchObject({
        origin: 'editor',
        createdBy: 'eddie-editor',
        updatedBy: 'eddie-editor',
        createdAt: true,
        updatedAt: true,
        aliasesText: 'Gemeente Test Gouda',
        evidenceRestricted: [false, false],
      });
      expect((stored.mentions as unknown[][]).sort()).toEqual(
        [
          [DOC_002, `${DOC_002}|MENTIONS|municipality:test-gouda`, 'editor', [EXCERPT_002]],
          [DOC_003, `${DOC_003}|MENTIONS|municipality:test-gouda`, 'editor', [EXCERPT_003]],
        ].sort(),
      );
    });

    it('creates an organisation with its type and former names', async () => {
      const node = await create('Organisation', {
        id: 'org:test-welzijn',
        name: 'Test Welzijn',
        type: 'SOCIAL_WORK',
        formerNames: ['Stichting Test'],
        evidence: evidence(),
      });
      expect(node).toMatchObject({
        kind: 'Organisation',
        type: 'SOCIAL_WORK',
        formerNames: ['Stichting Test'],
      });
      expect(await read('org:test-welzijn')).toEqual(node);
      const { organisations } = await ok<{ organisations: { edges: { node: { id: string } }[] } }>(
        suite.service,
        '{ organisations(filter: { nameContains: "Test Welzijn" }) { edges { node { id } } } }',
        {},
        AS.public,
      );
      expect(organisations.edges.map((e) => e.node.id)).toEqual(['org:test-welzijn']);
    });

    it('creates a person, with or without a phone number', async () => {
      const node = await create('Person', {
        id: 'person:test-jan-jansen',
        name: 'Test Jan Jansen',
        phone: '010 123 45 67',
        evidence: evidence(),
      });
      expect(node).toMatchObject({ kind: 'Person', phone: '010 123 45 67', version: 1 });
      expect(await read('person:test-jan-jansen')).toEqual(node);
      const other = await create('Person', {
        id: 'person:test-piet',
        name: 'Test Piet',
        evidence: evidence(),
      });
      expect(other.phone).toBeNull();
    });

    it('creates a programme with its kind and description', async () => {
      const node = await create('Programme', {
        id: 'programme:test-buurtkamer',
        name: 'Test Buurtkamer',
        programmeKind: 'FACILITY',
        description: 'Een ontmoetingsplek in de wijk.',
        evidence: evidence(),
      });
      expect(node).toMatchObject({
        kind: 'Programme',
        programmeKind: 'FACILITY',
        description: 'Een ontmoetingsplek in de wijk.',
      });
      expect(await read('programme:test-buurtkamer')).toEqual(node);
    });

    it('creates a theme, matching excerpts whatever their white space (runs count as one space)', async () => {
      const node = await create('Theme', {
        id: 'theme:test-eenzaamheid',
        name: 'test eenzaamheid',
        // The document has single spaces here; document 002 also has a non-breaking space elsewhere.
        evidence: [{ document: DOC_003, excerpt: 'Hoe ziet die\n  aanpak van\tjeugdhulp er dan uit?' }],
      });
      expect(node.evidence[0].excerpt).toBe('Hoe ziet die\n  aanpak van\tjeugdhulp er dan uit?');
      expect(await read('theme:test-eenzaamheid')).toEqual(node);
    });

    it('makes evidence found only in the restricted part of a document restricted: the node is hidden from the public', async () => {
      // From the editors' note of document 000 ("niet voor publicatie"): a tab in the document, a space here.
      const node = await create('Person', {
        id: 'person:test-pers-contact',
        name: 'Test Perscontact',
        evidence: [{ document: DOC_000, excerpt: 'Gemeente Leudal Bart van Grinsven' }],
      });
      expect(node.restricted).toBe(true);
      const publicRead = await refused(suite.service, READ, { id: 'person:test-pers-contact' }, AS.public);
      expect(publicRead.code).toBe('NOT_FOUND');
      expect(JSON.stringify(publicRead)).not.toContain('Perscontact');
      expect((await read('person:test-pers-contact', AS.researcher)).restricted).toBe(true);

      // Public and restricted evidence together: the node is public, the restricted piece hidden.
      const mixed = await create('Person', {
        id: 'person:test-gemengd',
        name: 'Test Gemengd',
        evidence: [
          { document: DOC_003, excerpt: EXCERPT_003 },
          { document: DOC_000, excerpt: 'Gemeente Weert Marianne Schreuders' },
        ],
      });
      expect(mixed.restricted).toBe(false);
      expect((await read('person:test-gemengd')).evidence.map((e) => e.document.id)).toEqual([DOC_003]);
      expect((await read('person:test-gemengd', AS.researcher)).evidence).toHaveLength(2);
    });

    it('refuses an id in use with CONFLICT, writing nothing', async () => {
      for (const id of ['theme:test-eenzaamheid', 'theme:jeugdhulp']) {
        const state = await graphState(suite.database);
        const error = await refused(suite.service, CREATE.Theme, {
          input: { id, name: 'Dubbel', evidence: evidence() },
        });
        expect(error.code).toBe('CONFLICT');
        expect(await graphState(suite.database)).toEqual(state);
      }
    });
  });

  describe('update', () => {
    it('updates a theme: new name and aliases, more evidence, version + 1, MENTIONS for the new document', async () => {
      const theme = await create('Theme', {
        id: 'theme:test-armoede',
        name: 'test armoed',
        evidence: evidence(),
      });
      const node = (
        await ok<{ node: NodeResult }>(suite.service, UPDATE.Theme, {
          id: theme.id,
          v: 1,
          input: {
            name: 'test armoede',
            aliases: ['test schulden'],
            addEvidence: [
              { document: DOC_002, excerpt: EXCERPT_002 },
              // Already recorded: skipped.
              { document: DOC_003, excerpt: EXCERPT_003 },
            ],
          },
        })
      ).node;
      expect(node).toMatchObject({ name: 'test armoede', aliases: ['test schulden'], version: 2 });
      expect(node.evidence.map((e) => [e.document.id, e.excerpt])).toEqual([
        [DOC_003, EXCERPT_003],
        [DOC_002, EXCERPT_002],
      ]);
      expect(await read(theme.id)).toEqual(node);
      const [stored] = await cypher(
        suite.database,
        `MATCH (n:Theme {id: $id}) RETURN n.updatedBy AS updatedBy, n.aliasesText AS aliasesText,
           [(d:Document)-[:MENTIONS]->(n) | d.id] AS mentionedBy`,
        { id: theme.id },
      );
      expect(stored.updatedBy).toBe('eddie-editor');
      expect(stored.aliasesText).toBe('test schulden');
      expect((stored.mentionedBy as string[]).sort()).toEqual([DOC_002, DOC_003]);
    });

    it('adds an inferred piece to stated ones: its reason lands at its own piece, none stored for the stated', async () => {
      const theme = await create('Theme', {
        id: 'theme:test-reasons',
        name: 'test redenen',
        aliases: ['test alias'],
        evidence: evidence(),
      });
      const stored = async () =>
        (
          await cypher(
            suite.database,
            `MATCH (n:Theme {id: $id}) RETURN n.evidenceReasons AS reasons, n.aliases AS aliases,
               [(:Document {id: $doc})-[m:MENTIONS]->(n) | m.evidenceReasons][0] AS mentionReasons`,
            { id: theme.id, doc: DOC_002 },
          )
        )[0];
      // One stated piece: no reasons list is stored (model/stored.ts).
      expect((await stored()).reasons).toBeNull();
      const node = (
        await ok<{ node: NodeResult }>(suite.service, UPDATE.Theme, {
          id: theme.id,
          v: 1,
          input: {
            aliases: [],
            addEvidence: [
              { document: DOC_002, excerpt: EXCERPT_002, inferred: true, reason: 'Test: afgeleid.' },
            ],
          },
        })
      ).node;
      expect(node.aliases).toEqual([]);
      expect(node.evidence.map((e) => [e.document.id, e.inferred, e.reason])).toEqual([
        [DOC_003, false, null],
        [DOC_002, true, 'Test: afgeleid.'],
      ]);
      expect(await stored()).toEqual({
        reasons: ['', 'Test: afgeleid.'],
        aliases: null,
        mentionReasons: ['Test: afgeleid.'],
      });
    });

    it('updates a municipality, an organisation, a person and a programme', async () => {
      const municipality = (
        await ok<{ node: NodeResult }>(suite.service, UPDATE.Municipality, {
          id: 'municipality:test-gouda',
          v: 1,
          input: { name: 'Test Gouda (ZH)' },
        })
      ).node;
      expect(municipality).toMatchObject({ name: 'Test Gouda (ZH)', version: 2 });

      const organisation = (
        await ok<{ node: NodeResult }>(suite.service, UPDATE.Organisation, {
          id: 'org:test-welzijn',
          v: 1,
          input: { type: 'CARE', formerNames: ['Stichting Test', 'Test Zorg'] },
        })
      ).node;
      expect(organisation).toMatchObject({
        name: 'Test Welzijn',
        type: 'CARE',
        formerNames: ['Stichting Test', 'Test Zorg'],
        version: 2,
      });

      // null removes the phone number.
      const person = (
        await ok<{ node: NodeResult }>(suite.service, UPDATE.Person, {
          id: 'person:test-jan-jansen',
          v: 1,
          input: { phone: null },
        })
      ).node;
      expect(person).toMatchObject({ phone: null, version: 2, name: 'Test Jan Jansen' });

      const programme = (
        await ok<{ node: NodeResult }>(suite.service, UPDATE.Programme, {
          id: 'programme:test-buurtkamer',
          v: 1,
          input: { programmeKind: 'INITIATIVE', description: 'Een huiskamer voor de buurt.' },
        })
      ).node;
      expect(programme).toMatchObject({
        programmeKind: 'INITIATIVE',
        description: 'Een huiskamer voor de buurt.',
        version: 2,
      });
      for (const node of [municipality, organisation, person, programme]) {
        expect(await read(node.id)).toEqual(node);
      }
    });

    it('refuses a stale expectedVersion with CONFLICT naming the current version, writing nothing', async () => {
      const state = await graphState(suite.database);
      const error = await refused(suite.service, UPDATE.Theme, {
        id: 'theme:test-armoede',
        v: 1,
        input: { name: 'overschreven' },
      });
      expect(error.code).toBe('CONFLICT');
      expect(error.extensions.currentVersion).toBe(2);
      expect(error.message).toContain('version 2');
      expect(await graphState(suite.database)).toEqual(state);
    });

    it('refuses an update of a node that does not exist with NOT_FOUND', async () => {
      const state = await graphState(suite.database);
      const error = await refused(suite.service, UPDATE.Theme, {
        id: 'theme:test-bestaat-niet',
        v: 1,
        input: { name: 'x' },
      });
      expect(error.code).toBe('NOT_FOUND');
      expect(await graphState(suite.database)).toEqual(state);
    });

    it('lets exactly one of two concurrent updates with the same expectedVersion win; the other gets CONFLICT', async () => {
      const id = 'theme:test-race';
      await create('Theme', { id, name: 'test race', evidence: evidence() });
      for (let round = 1; round <= 6; round++) {
        const attempt = (name: string, as: Record<string, string>) =>
          suite.service.post<{ node: NodeResult }>(UPDATE.Theme, { id, v: round, input: { name } }, as);
        const results = await Promise.all([
          attempt(`test race ${round} a`, AS.editor),
          attempt(`test race ${round} b`, AS.secondEditor),
        ]);
        const winners = results.filter((r) => r.body.data?.node);
        const losers = results.filter((r) => r.body.errors);
        expect(winners).toHaveLength(1);
        expect(losers).toHaveLength(1);
        expect(losers[0].body.errors?.[0].extensions?.code).toBe('CONFLICT');
        expect(losers[0].body.errors?.[0].extensions?.currentVersion).toBe(round + 1);
        const stored = await read(id);
        expect(stored.version).toBe(round + 1);
        expect(stored.name).toBe(winners[0].body.data?.node.name);
      }
      const [{ events }] = await cypher(
        suite.database,
        "MATCH (e:AuditEvent {target: $id, action: 'UPDATE_NODE'}) RETURN count(e) AS events",
        { id },
      );
      expect(events).toBe(6);
    });
  });

  describe('refused input: BAD_USER_INPUT naming the field, and nothing written', () => {
    const longName = 'x'.repeat(201);
    const cases: [string, keyof typeof CREATE | 'updateTheme', Record<string, unknown>, string][] = [
      ['an id of another kind', 'Theme', { id: 'org:test-x', name: 'x', evidence: evidence() }, 'input.id'],
      [
        'an id that is not a slug',
        'Theme',
        { id: 'theme:Test X', name: 'x', evidence: evidence() },
        'input.id',
      ],
      ['an empty name', 'Theme', { id: 'theme:test-x', name: '', evidence: evidence() }, 'input.name'],
      ['a blank name', 'Theme', { id: 'theme:test-x', name: '   ', evidence: evidence() }, 'input.name'],
      [
        'a name too long',
        'Theme',
        { id: 'theme:test-x', name: longName, evidence: evidence() },
        'input.name',
      ],
      [
        'an alias too long',
        'Theme',
        { id: 'theme:test-x', name: 'x', aliases: [longName], evidence: evidence() },
        'input.aliases',
      ],
      ['no evidence', 'Theme', { id: 'theme:test-x', name: 'x', evidence: [] }, 'input.evidence'],
      [
        'an evidence document id of another kind',
        'Theme',
        { id: 'theme:test-x', name: 'x', evidence: [{ document: 'org:kwadraad', excerpt: 'x' }] },
        'input.evidence[0].document',
      ],
      [
        'an evidence document that does not exist',
        'Theme',
        { id: 'theme:test-x', name: 'x', evidence: evidence('document:test-bestaat-niet') },
        'input.evidence[0].document',
      ],
      [
        'an excerpt that does not occur in the document',
        'Theme',
        {
          id: 'theme:test-x',
          name: 'x',
          evidence: evidence(DOC_003, 'Deze zin staat nergens in het document.'),
        },
        'input.evidence[0].excerpt',
      ],
      [
        'an excerpt from another document than the one named',
        'Theme',
        { id: 'theme:test-x', name: 'x', evidence: evidence(DOC_003, EXCERPT_002) },
        'input.evidence[0].excerpt',
      ],
      [
        'a bad second piece of evidence after a good one',
        'Theme',
        {
          id: 'theme:test-x',
          name: 'x',
          evidence: [...evidence(), { document: DOC_002, excerpt: 'niet in document 002' }],
        },
        'input.evidence[1].excerpt',
      ],
      [
        'an empty excerpt',
        'Theme',
        { id: 'theme:test-x', name: 'x', evidence: evidence(DOC_003, '') },
        'input.evidence[0].excerpt',
      ],
      [
        'an inferred fact without a reason',
        'Theme',
        {
          id: 'theme:test-x',
          name: 'x',
          evidence: [{ document: DOC_003, excerpt: EXCERPT_003, inferred: true }],
        },
        'input.evidence[0].reason',
      ],
      [
        'a phone number that is not one',
        'Person',
        { id: 'person:test-x', name: 'x', phone: 'bel me', evidence: evidence() },
        'input.phone',
      ],
      [
        'a former name that is empty',
        'Organisation',
        { id: 'org:test-x', name: 'x', type: 'CARE', formerNames: [''], evidence: evidence() },
        'input.formerNames',
      ],
      [
        'a description too long',
        'Programme',
        {
          id: 'programme:test-x',
          name: 'x',
          programmeKind: 'PILOT',
          description: 'x'.repeat(2001),
          evidence: evidence(),
        },
        'input.description',
      ],
      ['an update without a change', 'updateTheme', { id: 'theme:test-armoede', v: 2, input: {} }, 'input'],
      [
        'an update of an id of another kind',
        'updateTheme',
        { id: 'org:kwadraad', v: 1, input: { name: 'x' } },
        'id',
      ],
      [
        'an expectedVersion below 1',
        'updateTheme',
        { id: 'theme:test-armoede', v: 0, input: { name: 'x' } },
        'expectedVersion',
      ],
      [
        'added evidence whose excerpt is not in the document',
        'updateTheme',
        { id: 'theme:test-armoede', v: 2, input: { addEvidence: evidence(DOC_002, EXCERPT_003) } },
        'input.addEvidence[0].excerpt',
      ],
      [
        'a blank update name',
        'updateTheme',
        { id: 'theme:test-armoede', v: 2, input: { name: ' ', addEvidence: evidence(DOC_002) } },
        'input.name',
      ],
    ];

    it.each(cases)('%s', async (_what, kind, variables, field) => {
      const state = await graphState(suite.database);
      const error =
        kind === 'updateTheme'
          ? await refused(suite.service, UPDATE.Theme, variables)
          : await refused(suite.service, CREATE[kind], { input: variables });
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.fields).toContain(field);
      expect(error.data).toBeNull();
      expect(await graphState(suite.database)).toEqual(state);
    });

    it('does not echo the values it refuses', async () => {
      const error = await refused(suite.service, CREATE.Theme, {
        input: {
          id: 'theme:test-x',
          name: 'x',
          evidence: evidence(DOC_003, 'GEHEIME-WAARDE die nergens staat'),
        },
      });
      expect(JSON.stringify(error)).not.toContain('GEHEIME-WAARDE');
    });
  });
});
