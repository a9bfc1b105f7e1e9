/**
 * link and unlink through HTTP against the real Neo4j: allowed types and ends only, required
 * properties, the stable key (symmetric PARTNERS_WITH stored once), CONFLICT on an existing key,
 * NOT_FOUND on unlinking nothing, and every refused input leaving the graph exactly as it was.
 */
import { AS, DOC_003, EXCERPT_003, cypher, graphState, ok, refused } from '../support/curation';
import { serviceSuite } from '../support/service-suite';
import { AUTH_ENV } from '../support/tokens';

const LINK = `mutation ($input: LinkInput!) { link(input: $input) {
  key type year title context restricted
  from { id kind } to { id kind }
  evidence { excerpt inferred reason document { id } }
} }`;
const UNLINK = 'mutation ($key: ID!) { unlink(key: $key) }';
const NEIGHBOURS = `query ($id: ID!, $types: [RelationshipType!]) { node(id: $id) {
  neighbours(types: $types, first: 100) { edges { key type direction year title context node { id } evidence { excerpt } } }
} }`;

type LinkResult = {
  key: string;
  type: string;
  year: number | null;
  title: string | null;
  context: string | null;
  restricted: boolean;
  from: { id: string; kind: string };
  to: { id: string; kind: string };
  evidence: { excerpt: string; inferred: boolean; reason: string | null; document: { id: string } }[];
};

const evidence = [{ document: DOC_003, excerpt: EXCERPT_003 }];

describe('link and unlink', () => {
  const suite = serviceSuite(AUTH_ENV, { pristine: true });

  beforeAll(async () => {
    // Nodes of the editors' own to join.
    await ok(
      suite.service,
      `mutation ($evidence: [EvidenceInput!]!) {
        createProgramme(input: { id: "programme:test-taalcafe", name: "Test Taalcafé", programmeKind: INITIATIVE, evidence: $evidence }) { id }
        createPerson(input: { id: "person:test-sanne", name: "Test Sanne", evidence: $evidence }) { id }
        createMunicipality(input: { id: "municipality:test-oudewater", name: "Test Oudewater", evidence: $evidence }) { id }
      }`,
      { evidence },
    );
  });

  const link = async (input: Record<string, unknown>) =>
    (await ok<{ link: LinkResult }>(suite.service, LINK, { input: { evidence, ...input } })).link;
  const neighbours = async (id: string, types: string[], as = AS.public) =>
    (
      await ok<{
        node: { neighbours: { edges: { key: string; node: { id: string } }[] & Record<string, unknown>[] } };
      }>(suite.service, NEIGHBOURS, { id, types }, as)
    ).node.neighbours.edges;

  it('links an organisation to the programme it runs, with evidence, readable from both ends', async () => {
    const result = await link({
      type: 'RUNS',
      from: 'org:kwadraad',
      to: 'programme:test-taalcafe',
      evidence: [{ document: DOC_003, excerpt: EXCERPT_003, inferred: true, reason: 'Test: inferred.' }],
    });
    expect(result).toEqual({
      key: 'org:kwadraad|RUNS|programme:test-taalcafe',
      type: 'RUNS',
      year: null,
      title: null,
      context: null,
      restricted: false,
      from: { id: 'org:kwadraad', kind: 'Organisation' },
      to: { id: 'programme:test-taalcafe', kind: 'Programme' },
      evidence: [
        { excerpt: EXCERPT_003, inferred: true, reason: 'Test: inferred.', document: { id: DOC_003 } },
      ],
    });
    const { organisation } = await ok<{
      organisation: { programmes: { key: string; node: { id: string } }[] };
    }>(
      suite.service,
      '{ organisation(id: "org:kwadraad") { programmes(first: 100) { key node { id } } } }',
      {},
      AS.public,
    );
    expect(organisation.programmes).toContainEqual({
      key: result.key,
      node: { id: 'programme:test-taalcafe' },
    });
    expect(await neighbours('programme:test-taalcafe', ['RUNS'])).toEqual([
      expect.objectContaining({ key: result.key, direction: 'IN', node: { id: 'org:kwadraad' } }),
    ]);
    const [stored] = await cypher(
      suite.database,
      'MATCH ()-[r:RUNS {key: $key}]->() RETURN r.origin AS origin, r.createdBy AS createdBy',
      { key: result.key },
    );
    expect(stored).toEqual({ origin: 'editor', createdBy: 'eddie-editor' });
  });

  it('links RECEIVED with its year and HOLDS_ROLE with its title, the discriminator in the key', async () => {
    const received = await link({
      type: 'RECEIVED',
      from: 'municipality:test-oudewater',
      to: 'award:gouden-sociale-gemeenten-2017',
      year: 2017,
    });
    expect(received).toMatchObject({
      key: 'municipality:test-oudewater|RECEIVED|award:gouden-sociale-gemeenten-2017|2017',
      year: 2017,
    });
    const role = await link({
      type: 'HOLDS_ROLE',
      from: 'person:test-sanne',
      to: 'org:kwadraad',
      title: 'test-coördinator',
    });
    expect(role).toMatchObject({
      key: 'person:test-sanne|HOLDS_ROLE|org:kwadraad|test-coördinator',
      title: 'test-coördinator',
    });

    const { municipality, person } = await ok<{
      municipality: { awards: { year: number; node: { id: string } }[] };
      person: { roles: { title: string; node: { id: string } }[] };
    }>(
      suite.service,
      `{ municipality(id: "municipality:test-oudewater") { awards { year node { id } } }
         person(id: "person:test-sanne") { roles { title node { id } } } }`,
      {},
      AS.public,
    );
    expect(municipality.awards).toEqual([
      { year: 2017, node: { id: 'award:gouden-sociale-gemeenten-2017' } },
    ]);
    expect(person.roles).toEqual([{ title: 'test-coördinator', node: { id: 'org:kwadraad' } }]);
  });

  it('stores a symmetric PARTNERS_WITH once: the key is the same whichever end comes first', async () => {
    const partners = await link({
      type: 'PARTNERS_WITH',
      from: 'org:participe',
      to: 'municipality:delft',
      context: 'Test context',
    });
    expect(partners.key).toBe('municipality:delft|PARTNERS_WITH|org:participe|Test context');
    const state = await graphState(suite.database);
    const error = await refused(suite.service, LINK, {
      input: {
        type: 'PARTNERS_WITH',
        from: 'municipality:delft',
        to: 'org:participe',
        context: 'Test context',
        evidence,
      },
    });
    expect(error.code).toBe('CONFLICT');
    expect(await graphState(suite.database)).toEqual(state);
  });

  it('refuses to link a relationship the seeds hold already with CONFLICT, writing nothing', async () => {
    const [seeded] = await cypher(
      suite.database,
      "MATCH (a)-[r:NOMINATED_BY]->(b) WHERE r.origin = 'seed' RETURN a.id AS from, b.id AS to, r.key AS key LIMIT 1",
    );
    const state = await graphState(suite.database);
    const error = await refused(suite.service, LINK, {
      input: { type: 'NOMINATED_BY', from: seeded.from, to: seeded.to, evidence },
    });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain(seeded.key as string);
    expect(await graphState(suite.database)).toEqual(state);
  });

  it('unlinks by key; unlinking again, or a key that never was, is NOT_FOUND and writes nothing', async () => {
    const key = 'org:kwadraad|RUNS|programme:test-taalcafe';
    expect(await ok(suite.service, UNLINK, { key })).toEqual({ unlink: true });
    expect(await neighbours('programme:test-taalcafe', ['RUNS'])).toEqual([]);
    const [{ events }] = await cypher(
      suite.database,
      'MATCH (e:AuditEvent {target: $key}) RETURN collect(e.action) AS events',
      { key },
    );
    expect((events as string[]).sort()).toEqual(['LINK', 'UNLINK']);

    for (const missing of [key, 'org:kwadraad|RUNS|programme:test-bestaat-niet', 'geen sleutel']) {
      const state = await graphState(suite.database);
      const error = await refused(suite.service, UNLINK, { key: missing });
      expect(error.code).toBe('NOT_FOUND');
      expect(await graphState(suite.database)).toEqual(state);
    }
  });

  describe('refused input: BAD_USER_INPUT naming the field, and nothing written', () => {
    const input = (fields: Record<string, unknown>) => ({
      input: { type: 'RUNS', from: 'org:kwadraad', to: 'programme:test-taalcafe', evidence, ...fields },
    });
    const cases: [string, Record<string, unknown>, string][] = [
      [
        'MENTIONS, which follows from node evidence',
        input({ type: 'MENTIONS', from: DOC_003 }),
        'input.type',
      ],
      [
        'RECEIVED without a year',
        input({
          type: 'RECEIVED',
          from: 'municipality:test-oudewater',
          to: 'award:gouden-sociale-gemeenten-2015',
        }),
        'input.year',
      ],
      [
        'HOLDS_ROLE without a title',
        input({ type: 'HOLDS_ROLE', from: 'person:test-sanne', to: 'org:participe' }),
        'input.title',
      ],
      ['a year on a type without one', input({ year: 2017 }), 'input.year'],
      ['a context on a type without one', input({ context: 'x' }), 'input.context'],
      [
        'a year out of range',
        input({
          type: 'RECEIVED',
          from: 'municipality:test-oudewater',
          to: 'award:gouden-sociale-gemeenten-2015',
          year: 1815,
        }),
        'input.year',
      ],
      ['a start of a kind the type does not allow', input({ from: 'theme:jeugdhulp' }), 'input.from'],
      ['an end of a kind the type does not allow', input({ to: 'theme:jeugdhulp' }), 'input.to'],
      ['a start that does not exist', input({ from: 'org:test-bestaat-niet' }), 'input.from'],
      ['an end that does not exist', input({ to: 'programme:test-bestaat-niet' }), 'input.to'],
      [
        'a node joined to itself',
        input({ type: 'PARTNERS_WITH', from: 'org:kwadraad', to: 'org:kwadraad' }),
        'input.to',
      ],
      ['an id that is not one', input({ from: 'Kwadraad' }), 'input.from'],
      ['no evidence', input({ evidence: [] }), 'input.evidence'],
      [
        'an excerpt not in the document',
        input({ evidence: [{ document: DOC_003, excerpt: 'Niet in het document.' }] }),
        'input.evidence[0].excerpt',
      ],
      [
        'an evidence document that does not exist',
        input({ evidence: [{ document: 'document:test-bestaat-niet', excerpt: 'x' }] }),
        'input.evidence[0].document',
      ],
    ];

    it.each(cases)('%s', async (_what, variables, field) => {
      const state = await graphState(suite.database);
      const error = await refused(suite.service, LINK, variables);
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.fields).toContain(field);
      expect(await graphState(suite.database)).toEqual(state);
    });

    it('refuses to unlink a MENTIONS edge (it follows from node evidence)', async () => {
      const [mention] = await cypher(suite.database, 'MATCH ()-[r:MENTIONS]->() RETURN r.key AS key LIMIT 1');
      const state = await graphState(suite.database);
      const error = await refused(suite.service, UNLINK, { key: mention.key });
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.fields).toEqual(['key']);
      expect(await graphState(suite.database)).toEqual(state);
    });
  });
});
