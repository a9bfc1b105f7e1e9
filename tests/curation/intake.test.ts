/**
 * Document intake end to end over HTTP and the real Neo4j: addDocument reads the text and stores
 * proposals (editors and researchers see them, the public never does); running intake again
 * changes nothing; accepting writes the fact by the curation path (validated, verbatim, audited,
 * one transaction) and a corroborating proposal adds evidence instead of a duplicate; bad input and
 * decided or orphaned proposals are refused and write nothing.
 */
import { AS, cypher, graphState, ok, refused } from '../support/curation';
import { restoreSeededGraph } from '../support/graph-snapshot';
import { serviceSuite } from '../support/service-suite';
import { AUTH_ENV } from '../support/tokens';

const DOC = 'document:test-lindewaard-nieuws';
const SECOND = 'document:test-lindewaard-vervolg';
// Written for this test (not from the seeds): a place, an organisation and people the graph lacks,
// one the graph has (Kwadraad), and the cues intake reads.
const TEXT =
  'Gemeente Lindewaard ontvangt de titel\n\n' +
  'De gemeente Lindewaard is voorgedragen door Stichting Welzijn Lindewaard. Wethouder Anna van Berkel ' +
  'opende het nieuwe buurthuis samen met Kwadraad.\n' +
  '‘We bouwen hier echt samen aan de buurt,’ zegt Anna van Berkel. Ook Delft doet mee, aldus Piet de ' +
  'Groot, directeur van Stichting Welzijn Lindewaard.';

const PROPOSAL = `id status kind relationshipType rule confidence excerpt start end matchStart matchEnd
  candidates corroborates properties result reason decidedBy
  from { name kind proposedId node { id } }
  to { name kind proposedId node { id } }`;
const ADD_DOCUMENT = `mutation ($input: AddDocumentInput!) { addDocument(input: $input) {
  id text proposals(first: 100) { totalCount edges { node { ${PROPOSAL} } } } } }`;
const PROPOSALS = `query ($id: ID!, $status: ProposalStatus, $first: Int, $after: String) { document(id: $id) {
  proposals(status: $status, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { ${PROPOSAL} } } } } }`;
const PROPOSE = `mutation ($document: ID!) { proposeFacts(document: $document) {
  proposed created superseded document { id } } }`;
const ACCEPT = `mutation ($id: ID!, $edits: ProposalEdits) { acceptProposal(id: $id, edits: $edits) { ${PROPOSAL} } }`;
const ACCEPT_RULE = `mutation ($document: ID!, $rule: String!) { acceptProposals(document: $document, rule: $rule) {
  accepted { id status result } skipped { id message } } }`;
const REJECT = `mutation ($id: ID!, $reason: String!) { rejectProposal(id: $id, reason: $reason) { ${PROPOSAL} } }`;

interface End {
  name: string | null;
  kind: string;
  proposedId: string | null;
  node: { id: string } | null;
}
interface Proposal {
  id: string;
  status: string;
  kind: string;
  relationshipType: string | null;
  rule: string;
  excerpt: string;
  start: number;
  end: number;
  candidates: string[];
  corroborates: string | null;
  properties: string | null;
  result: string | null;
  reason: string | null;
  from: End;
  to: End;
}

function input(id: string, text: string, extra: Record<string, unknown> = {}) {
  return { input: { id, title: `Test ${id}`, text, documentKind: 'news', ...extra } };
}

describe('document intake: proposals reviewed through the curation path', () => {
  const suite = serviceSuite(AUTH_ENV, {
    // Accepting a mention adds evidence to a seeded node (Kwadraad): the seeds are loaded again
    // after the file, and the graph must then be the one it started with.
    cleanUp: async ({ database }) => restoreSeededGraph(database),
    pristine: true,
  });
  let proposals: Proposal[] = [];

  const find = (test: (p: Proposal) => boolean, what: string): Proposal => {
    const found = proposals.find(test);
    if (!found)
      throw new Error(
        `no proposal ${what} among ${JSON.stringify(proposals.map((p) => [p.kind, p.rule, p.to.name ?? p.to.node?.id]))}`,
      );
    return found;
  };
  const newNode = (kind: string, name: string) =>
    find((p) => p.kind === 'NEW_NODE' && p.to.kind === kind && p.to.name === name, `new ${kind} ${name}`);
  const reload = async () => {
    const { document } = await ok<{ document: { proposals: { edges: { node: Proposal }[] } } }>(
      suite.service,
      PROPOSALS,
      { id: DOC, first: 100 },
    );
    proposals = document.proposals.edges.map((edge) => edge.node);
  };

  it('addDocument reads the text: mentions, new nodes and relationships, each citing its sentence verbatim', async () => {
    const { addDocument } = await ok<{
      addDocument: { text: string; proposals: { totalCount: number; edges: { node: Proposal }[] } };
    }>(suite.service, ADD_DOCUMENT, input(DOC, TEXT));
    proposals = addDocument.proposals.edges.map((edge) => edge.node);
    expect(addDocument.proposals.totalCount).toBe(proposals.length);
    for (const proposal of proposals) {
      expect(proposal.status).toBe('PENDING');
      expect(proposal.excerpt).toBe(TEXT.slice(proposal.start, proposal.end));
    }
    expect(
      find((p) => p.kind === 'MENTION' && p.to.node?.id === 'org:kwadraad', 'mention of Kwadraad'),
    ).toMatchObject({
      relationshipType: 'MENTIONS',
      from: { node: { id: DOC } },
    });
    expect(newNode('Municipality', 'Lindewaard').to.proposedId).toBe('municipality:lindewaard');
    expect(newNode('Organisation', 'Stichting Welzijn Lindewaard').to.proposedId).toMatch(/^org:/);
    expect(newNode('Person', 'Anna van Berkel').to.proposedId).toBe('person:anna-van-berkel');
    const nomination = find((p) => p.relationshipType === 'NOMINATED_BY', 'nomination');
    expect(nomination).toMatchObject({
      kind: 'RELATIONSHIP',
      from: { name: 'Lindewaard', kind: 'Municipality', node: null },
      to: { name: 'Stichting Welzijn Lindewaard', kind: 'Organisation', node: null },
      corroborates: null,
    });
    expect(nomination.excerpt).toBe(
      'De gemeente Lindewaard is voorgedragen door Stichting Welzijn Lindewaard.',
    );
  });

  it('shows proposals to editors and researchers, page by page, and never to the public', async () => {
    const first = await ok<{
      document: {
        proposals: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: Proposal }[] };
      };
    }>(suite.service, PROPOSALS, { id: DOC, first: 2 }, AS.researcher);
    expect(first.document.proposals.edges.map((e) => e.node.id)).toEqual(
      proposals.slice(0, 2).map((p) => p.id),
    );
    expect(first.document.proposals.pageInfo.hasNextPage).toBe(true);
    const second = await ok<{
      document: { proposals: { pageInfo: { hasPreviousPage: boolean }; edges: { node: Proposal }[] } };
    }>(
      suite.service,
      PROPOSALS,
      { id: DOC, first: 2, after: first.document.proposals.pageInfo.endCursor },
      AS.researcher,
    );
    expect(second.document.proposals.edges.map((e) => e.node.id)).toEqual(
      proposals.slice(2, 4).map((p) => p.id),
    );
    expect(second.document.proposals.pageInfo.hasPreviousPage).toBe(true);

    const denied = await refused(suite.service, PROPOSALS, { id: DOC }, AS.public);
    expect(denied.code).toBe('UNAUTHENTICATED');
    // Not a node: no list, search or walk shows a proposal.
    const [leaks] = await cypher(
      suite.database,
      'MATCH (p:Proposal) WHERE p:Node OR EXISTS { (p)--() } RETURN count(p) AS n',
    );
    expect(leaks).toEqual({ n: 0 });
  });

  it('running intake again on an unchanged graph changes nothing', async () => {
    const before = await graphState(suite.database);
    const { proposeFacts } = await ok<{ proposeFacts: Record<string, unknown> }>(suite.service, PROPOSE, {
      document: DOC,
    });
    expect(proposeFacts).toEqual({
      proposed: proposals.length,
      created: 0,
      superseded: 0,
      document: { id: DOC },
    });
    expect(await graphState(suite.database)).toEqual(before);
  });

  it('accepts new nodes and the relationship between them, each with the sentence as its evidence', async () => {
    const municipality = newNode('Municipality', 'Lindewaard');
    const organisation = newNode('Organisation', 'Stichting Welzijn Lindewaard');
    const nomination = find((p) => p.relationshipType === 'NOMINATED_BY', 'nomination');

    // An end that is not in the graph yet is named, and nothing is written.
    const before = await graphState(suite.database);
    const early = await refused(suite.service, ACCEPT, { id: nomination.id });
    expect(early.code).toBe('BAD_USER_INPUT');
    expect(early.fields).toEqual(['edits.from']);
    expect(await graphState(suite.database)).toEqual(before);

    const accepted = await ok<{ acceptProposal: Proposal }>(suite.service, ACCEPT, { id: municipality.id });
    expect(accepted.acceptProposal).toMatchObject({ status: 'ACCEPTED', result: 'municipality:lindewaard' });
    await ok(suite.service, ACCEPT, { id: organisation.id, edits: { organisationType: 'SOCIAL_WORK' } });
    const linked = await ok<{ acceptProposal: Proposal }>(suite.service, ACCEPT, { id: nomination.id });
    const key = linked.acceptProposal.result;
    expect(key).toBe(`municipality:lindewaard|NOMINATED_BY|${organisation.to.proposedId}`);

    // The public sees the accepted fact with its citation.
    const { municipality: read } = await ok<{ municipality: Record<string, unknown> }>(
      suite.service,
      `query { municipality(id: "municipality:lindewaard") { name
        evidence { excerpt document { id } }
        nominatedBy { key node { id name } evidence { excerpt document { id } } } } }`,
      {},
      AS.public,
    );
    expect(read).toEqual({
      name: 'Lindewaard',
      evidence: [{ excerpt: municipality.excerpt, document: { id: DOC } }],
      nominatedBy: [
        {
          key,
          node: { id: organisation.to.proposedId, name: 'Stichting Welzijn Lindewaard' },
          evidence: [{ excerpt: nomination.excerpt, document: { id: DOC } }],
        },
      ],
    });
    const [type] = await cypher(suite.database, 'MATCH (o:Organisation {id: $id}) RETURN o.type AS type', {
      id: organisation.to.proposedId,
    });
    expect(type).toEqual({ type: 'SOCIAL_WORK' });
    const [events] = await cypher(
      suite.database,
      "MATCH (e:AuditEvent) WHERE e.action IN ['ACCEPT_PROPOSAL', 'CREATE_NODE', 'LINK'] RETURN count(e) AS n",
    );
    expect(events).toEqual({ n: 6 });
  });

  it('refuses a decided proposal (CONFLICT) and bad edits (naming the field), writing nothing', async () => {
    const municipality = newNode('Municipality', 'Lindewaard');
    const before = await graphState(suite.database);
    const twice = await refused(suite.service, ACCEPT, { id: municipality.id });
    expect(twice.code).toBe('CONFLICT');
    expect(twice.message).toMatch(/accepted already/);
    expect((await refused(suite.service, REJECT, { id: municipality.id, reason: 'te laat' })).code).toBe(
      'CONFLICT',
    );

    const person = newNode('Person', 'Anna van Berkel');
    const outOfRange = await refused(suite.service, ACCEPT, {
      id: person.id,
      edits: { start: 0, end: TEXT.length + 5 },
    });
    expect(outOfRange.fields).toEqual(['edits.end']);
    const badId = await refused(suite.service, ACCEPT, { id: person.id, edits: { id: 'person:Bad Id' } });
    expect(badId.code).toBe('BAD_USER_INPUT');
    expect((await refused(suite.service, ACCEPT, { id: '0123456789abcdef' })).code).toBe('NOT_FOUND');
    expect((await refused(suite.service, ACCEPT, { id: 'nope' })).code).toBe('BAD_USER_INPUT');
    expect((await refused(suite.service, ACCEPT, { id: person.id }, AS.researcher)).code).toBe('FORBIDDEN');
    expect(await graphState(suite.database)).toEqual(before);
  });

  it('accepts a quote with its speaker, settling its SAID and QUOTED_IN proposals', async () => {
    await ok(suite.service, ACCEPT, { id: newNode('Person', 'Anna van Berkel').id });
    const quote = find((p) => p.kind === 'NEW_NODE' && p.to.kind === 'Quote', 'new quote');
    const accepted = await ok<{ acceptProposal: Proposal }>(suite.service, ACCEPT, { id: quote.id });
    expect(accepted.acceptProposal.result).toBe(quote.to.proposedId);
    await reload();
    for (const p of proposals.filter((p) => ['SAID', 'QUOTED_IN'].includes(p.relationshipType ?? ''))) {
      expect(p.status).toBe('ACCEPTED');
    }
    const { quote: read } = await ok<{ quote: Record<string, unknown> }>(
      suite.service,
      'query ($id: ID!) { quote(id: $id) { text saidBy { node { id } } } }',
      { id: quote.to.proposedId },
      AS.public,
    );
    expect(read).toEqual({
      text: 'We bouwen hier echt samen aan de buurt,',
      saidBy: [{ node: { id: 'person:anna-van-berkel' } }],
    });
  });

  it('rejects a proposal with its reason, and the graph does not get the fact', async () => {
    const delft = find(
      (p) => p.kind === 'MENTION' && p.to.node?.id === 'municipality:delft',
      'mention of Delft',
    );
    const { rejectProposal } = await ok<{ rejectProposal: Proposal }>(suite.service, REJECT, {
      id: delft.id,
      reason: 'Delft wordt hier alleen terloops genoemd',
    });
    expect(rejectProposal).toMatchObject({
      status: 'REJECTED',
      reason: 'Delft wordt hier alleen terloops genoemd',
      decidedBy: 'eddie-editor',
    });
    const [cited] = await cypher(
      suite.database,
      'MATCH (m:Municipality {id: "municipality:delft"}) RETURN $doc IN m.evidenceDocuments AS cited',
      { doc: DOC },
    );
    expect(cited).toEqual({ cited: false });
  });

  it('a second document corroborates the accepted nomination: accepting adds evidence, not a duplicate', async () => {
    const text =
      'Vervolg\n\nLindewaard werd genomineerd door Stichting Welzijn Lindewaard, zo bleek vandaag.';
    const { addDocument } = await ok<{ addDocument: { proposals: { edges: { node: Proposal }[] } } }>(
      suite.service,
      ADD_DOCUMENT,
      input(SECOND, text),
    );
    const second = addDocument.proposals.edges.map((edge) => edge.node);
    const nomination = second.find((p) => p.relationshipType === 'NOMINATED_BY');
    const organisation = newNode('Organisation', 'Stichting Welzijn Lindewaard').to.proposedId;
    const key = `municipality:lindewaard|NOMINATED_BY|${organisation}`;
    expect(nomination).toMatchObject({
      corroborates: key,
      from: { node: { id: 'municipality:lindewaard' } },
    });
    await ok(suite.service, ACCEPT, { id: nomination!.id });
    const rows = await cypher(
      suite.database,
      'MATCH ()-[r:NOMINATED_BY {key: $key}]->() RETURN r.evidenceDocuments AS documents',
      { key },
    );
    expect(rows).toEqual([{ documents: [DOC, SECOND] }]);
  });

  it('accepts all pending proposals of one rule at once, leaving those that need an edit', async () => {
    await reload();
    const rule = 'mention.name';
    const pending = proposals.filter((p) => p.rule === rule && p.status === 'PENDING');
    expect(pending.length).toBeGreaterThan(0);
    const { acceptProposals } = await ok<{
      acceptProposals: { accepted: { id: string }[]; skipped: { id: string }[] };
    }>(suite.service, ACCEPT_RULE, { document: DOC, rule });
    expect([...acceptProposals.accepted, ...acceptProposals.skipped].map((p) => p.id).sort()).toEqual(
      pending.map((p) => p.id).sort(),
    );
    await reload();
    expect(proposals.filter((p) => p.rule === rule && p.status === 'PENDING').map((p) => p.id)).toEqual(
      acceptProposals.skipped.map((p) => p.id),
    );
  });

  describe('bad input writes nothing', () => {
    it.each([
      ['empty text', '', 'input.text'],
      ['white space only', ' \n ', 'input.text'],
      ['a binary upload (NUL bytes)', 'PK\u0003\u0004\u0000\u0000binary', 'input.text'],
      ['undecodable bytes', 'tekst met \uFFFD\uFFFD', 'input.text'],
    ])('%s is refused naming input.text', async (_what, text, field) => {
      const before = await graphState(suite.database);
      const error = await refused(suite.service, ADD_DOCUMENT, input('document:test-bad-input', text));
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.fields).toEqual([field]);
      expect(await graphState(suite.database)).toEqual(before);
    });

    it('an oversized text is refused, saying the limit', async () => {
      const error = await refused(
        suite.service,
        ADD_DOCUMENT,
        input('document:test-too-long', 'a'.repeat(200_001)),
      );
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(/200000/);
    });

    it('a text already in the graph is a CONFLICT naming the document', async () => {
      const before = await graphState(suite.database);
      const error = await refused(suite.service, ADD_DOCUMENT, input('document:test-copy', TEXT));
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toContain(DOC);
      expect(await graphState(suite.database)).toEqual(before);
    });

    it('HTML is turned into text with its scripts and styles dropped', async () => {
      const html =
        '<html><head><style>p { color: red }</style><script>alert("x")</script></head>' +
        '<body><h1>Buurtnieuws Testveen</h1><p>De gemeente Testveen werkt <b>samen met</b> Kwadraad.</p></body></html>';
      const { addDocument } = await ok<{ addDocument: { text: string } }>(
        suite.service,
        ADD_DOCUMENT,
        input('document:test-html', html, { format: 'HTML' }),
      );
      expect(addDocument.text).toContain('De gemeente Testveen werkt samen met Kwadraad.');
      expect(addDocument.text).not.toMatch(/alert|color|<|>/);
    });

    it('a proposal whose document is gone is NOT_FOUND', async () => {
      await reload();
      const pending = proposals.find((p) => p.status === 'PENDING');
      expect(pending).toBeDefined();
      await cypher(suite.database, 'MATCH (d:Document {id: $id}) SET d:Gone REMOVE d:Document', { id: DOC });
      try {
        const error = await refused(suite.service, ACCEPT, { id: pending!.id });
        expect(error.code).toBe('NOT_FOUND');
        expect(error.message).toContain('no longer in the graph');
      } finally {
        await cypher(suite.database, 'MATCH (d:Gone {id: $id}) SET d:Document REMOVE d:Gone', { id: DOC });
      }
    });
  });
});
