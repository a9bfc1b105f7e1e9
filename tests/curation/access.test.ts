/**
 * Who may curate, and the audit trail: anonymous callers get UNAUTHENTICATED and researchers
 * FORBIDDEN for every mutation, with nothing written; the audit log says who did what and when,
 * newest first, page by page, to researchers and editors only.
 */
import { AS, DOC_002, DOC_003, EXCERPT_002, EXCERPT_003, graphState, ok, refused } from '../support/curation';
import { serviceSuite } from '../support/service-suite';
import { AUTH_ENV } from '../support/tokens';

const evidence = [{ document: DOC_003, excerpt: EXCERPT_003 }];

/** Every mutation, with input that an editor could run. */
const MUTATIONS: [string, string, Record<string, unknown>][] = [
  [
    'addDocument',
    'mutation ($input: AddDocumentInput!) { addDocument(input: $input) { id } }',
    { input: { id: 'document:test-auth', title: 'x', text: 'Een tekst.', documentKind: 'news' } },
  ],
  [
    'setDocumentRestricted',
    'mutation { setDocumentRestricted(id: "document:002-c733f695bbfdf289", restricted: true) { id } }',
    {},
  ],
  [
    'createMunicipality',
    'mutation ($input: CreateMunicipalityInput!) { createMunicipality(input: $input) { id } }',
    { input: { id: 'municipality:test-auth', name: 'x', evidence } },
  ],
  [
    'createOrganisation',
    'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
    { input: { id: 'org:test-auth', name: 'x', type: 'CARE', evidence } },
  ],
  [
    'createPerson',
    'mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
    { input: { id: 'person:test-auth', name: 'x', evidence } },
  ],
  [
    'createProgramme',
    'mutation ($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }',
    { input: { id: 'programme:test-auth', name: 'x', programmeKind: 'PILOT', evidence } },
  ],
  [
    'createTheme',
    'mutation ($input: CreateThemeInput!) { createTheme(input: $input) { id } }',
    { input: { id: 'theme:test-auth', name: 'x', evidence } },
  ],
  [
    'updateMunicipality',
    'mutation { updateMunicipality(id: "municipality:delft", expectedVersion: 1, input: { name: "x" }) { id } }',
    {},
  ],
  [
    'updateOrganisation',
    'mutation { updateOrganisation(id: "org:kwadraad", expectedVersion: 1, input: { name: "x" }) { id } }',
    {},
  ],
  [
    'updatePerson',
    'mutation { updatePerson(id: "person:mieke-pirson", expectedVersion: 1, input: { name: "x" }) { id } }',
    {},
  ],
  [
    'updateProgramme',
    'mutation { updateProgramme(id: "programme:kulturhus", expectedVersion: 1, input: { name: "x" }) { id } }',
    {},
  ],
  [
    'updateTheme',
    'mutation { updateTheme(id: "theme:jeugdhulp", expectedVersion: 1, input: { name: "x" }) { id } }',
    {},
  ],
  [
    'addQuote',
    'mutation ($input: AddQuoteInput!) { addQuote(input: $input) { id } }',
    {
      input: {
        id: 'quote:test-auth',
        text: 'voorzitter van Sociaal Werk Nederland',
        speaker: 'person:marijke-vos',
        document: DOC_002,
      },
    },
  ],
  [
    'link',
    'mutation ($input: LinkInput!) { link(input: $input) { key } }',
    {
      input: { type: 'PARTNERS_WITH', from: 'org:kwadraad', to: 'org:participe', context: 'test', evidence },
    },
  ],
  [
    'unlink',
    'mutation ($key: ID!) { unlink(key: $key) }',
    // A seeded relationship: refused callers must not be able to remove it.
    { key: 'municipality:delft|NOMINATED_BY|org:kwadraad' },
  ],
];

const AUDIT_LOG = `query ($target: ID, $first: Int, $after: String) { auditLog(target: $target, first: $first, after: $after) {
  edges { cursor node { id at actor action target version summary } }
  pageInfo { hasPreviousPage hasNextPage startCursor endCursor }
  totalCount
} }`;

type AuditPage = {
  auditLog: {
    edges: {
      cursor: string;
      node: {
        id: string;
        at: string;
        actor: string;
        action: string;
        target: string;
        version: number | null;
        summary: string;
      };
    }[];
    pageInfo: {
      hasPreviousPage: boolean;
      hasNextPage: boolean;
      startCursor: string | null;
      endCursor: string | null;
    };
    totalCount: number;
  };
};

describe('who may curate, and the audit trail', () => {
  const suite = serviceSuite(AUTH_ENV, { pristine: true });

  it('the seeded relationship the unlink case names exists (so its refusal means something)', async () => {
    const { node } = await ok<{ node: { nominatedBy: { key: string }[] } }>(
      suite.service,
      '{ node: municipality(id: "municipality:delft") { nominatedBy { key } } }',
      {},
      AS.public,
    );
    expect(node.nominatedBy.map((r) => r.key)).toContain('municipality:delft|NOMINATED_BY|org:kwadraad');
  });

  it.each(MUTATIONS)(
    '%s: anonymous → UNAUTHENTICATED, researcher → FORBIDDEN, nothing written',
    async (_name, query, variables) => {
      const state = await graphState(suite.database);
      const anonymous = await refused(suite.service, query, variables, AS.public);
      expect(anonymous.code).toBe('UNAUTHENTICATED');
      expect(anonymous.data).toBeNull();
      const researcher = await refused(suite.service, query, variables, AS.researcher);
      expect(researcher.code).toBe('FORBIDDEN');
      expect(researcher.data).toBeNull();
      expect(await graphState(suite.database)).toEqual(state);
    },
  );

  it('refuses anonymous callers with UNAUTHENTICATED before looking at their input', async () => {
    const error = await refused(
      suite.service,
      'mutation ($input: CreateThemeInput!) { createTheme(input: $input) { id } }',
      { input: { id: 'not an id', name: '', evidence: [] } },
      AS.public,
    );
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.fields).toEqual([]);
  });

  it('records who did what, newest first, filtered by target and paged by cursor', async () => {
    const id = 'theme:test-audit';
    await ok(suite.service, 'mutation ($input: CreateThemeInput!) { createTheme(input: $input) { id } }', {
      input: { id, name: 'test audit', evidence },
    });
    await ok(
      suite.service,
      'mutation ($id: ID!, $input: UpdateThemeInput!) { updateTheme(id: $id, expectedVersion: 1, input: $input) { version } }',
      {
        id,
        input: {
          name: 'test audit (bijgewerkt)',
          addEvidence: [{ document: DOC_002, excerpt: EXCERPT_002 }],
        },
      },
      AS.secondEditor,
    );
    const { link } = await ok<{ link: { key: string } }>(
      suite.service,
      'mutation ($input: LinkInput!) { link(input: $input) { key } }',
      { input: { type: 'CONCERNS', from: 'programme:kulturhus', to: id, evidence } },
    );
    await ok(suite.service, 'mutation ($key: ID!) { unlink(key: $key) }', { key: link.key }, AS.secondEditor);

    // About the theme: its update (by the second editor), then its creation.
    const about = (await ok<AuditPage>(suite.service, AUDIT_LOG, { target: id }, AS.researcher)).auditLog;
    expect(about.totalCount).toBe(2);
    expect(about.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({ actor: 'erin-editor', action: 'UPDATE_NODE', target: id, version: 2 }),
      expect.objectContaining({ actor: 'eddie-editor', action: 'CREATE_NODE', target: id, version: 1 }),
    ]);
    expect(about.edges[0].node.summary).toContain('test audit (bijgewerkt)');
    expect(about.edges[1].node.summary).toContain('1 piece of evidence');
    for (const { node } of about.edges) {
      expect(Number.isNaN(Date.parse(node.at))).toBe(false);
      expect(Date.now() - Date.parse(node.at)).toBeLessThan(10 * 60_000);
    }

    // Everything, newest first, two at a time: the four changes above in reverse order.
    const seen: AuditPage['auditLog']['edges'][number]['node'][] = [];
    let after: string | null = null;
    let total = -1;
    for (let page = 0; page < 50; page++) {
      const log: AuditPage['auditLog'] = (
        await ok<AuditPage>(suite.service, AUDIT_LOG, { first: 2, after }, AS.editor)
      ).auditLog;
      seen.push(...log.edges.map((e) => e.node));
      total = log.totalCount;
      // Newest first: after a cursor, the newer events (the cursor's own among them) precede.
      expect(log.pageInfo).toMatchObject({
        hasPreviousPage: after !== null,
        startCursor: log.edges[0]?.cursor ?? null,
        endCursor: log.edges.at(-1)?.cursor ?? null,
      });
      if (!log.pageInfo.hasNextPage) break;
      expect(log.edges).toHaveLength(2);
      after = log.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((e) => e.id)).size).toBe(total);
    const ats = seen.map((e) => Date.parse(e.at));
    expect([...ats].sort((a, b) => b - a)).toEqual(ats);
    expect(seen.slice(0, 4).map((e) => [e.actor, e.action, e.target])).toEqual([
      ['erin-editor', 'UNLINK', link.key],
      ['eddie-editor', 'LINK', link.key],
      ['erin-editor', 'UPDATE_NODE', id],
      ['eddie-editor', 'CREATE_NODE', id],
    ]);
  });

  it('shows the audit log to researchers and editors only, and never as a node', async () => {
    expect((await refused(suite.service, AUDIT_LOG, {}, AS.public)).code).toBe('UNAUTHENTICATED');
    const { auditLog } = await ok<AuditPage>(suite.service, AUDIT_LOG, { first: 1 }, AS.researcher);
    const eventId = auditLog.edges[0].node.id;
    expect(
      (await refused(suite.service, 'query ($id: ID!) { node(id: $id) { id } }', { id: eventId }, AS.editor))
        .code,
    ).toBe('NOT_FOUND');
  });

  it('refuses a cursor it did not give out', async () => {
    const error = await refused(suite.service, AUDIT_LOG, { after: 'not-a-cursor' }, AS.researcher);
    expect(error.code).toBe('BAD_USER_INPUT');
  });
});
