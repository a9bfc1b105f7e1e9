import type { Database } from '../../src/db/database';
import { connectTestDatabase } from '../support/database';
import { startTestServer } from '../support/server';
import { AUTH_ENV, TOKENS, bearer } from '../support/tokens';

/** Every scalar any kind shows, through fragments and aliases, and the long texts. */
const EVERY_SCALAR = `
  id name kind aliases restricted
  label: name
  ... on Organisation { type formerNames }
  ... on Person { phone }
  ... on Programme { programmeKind description }
  ... on Award { year winnerCount }
  ... on Criterion { text }
  ... on Quote { text language }
  ... on Document { title file publishedOn language documentKind }
`;

interface Walk {
  nodes: { id: string }[];
  edges: { key: string; year: number | null; title: string | null; context: string | null }[];
}

/**
 * The neighbourhood returns only the properties its selection shows (src/network/walk-fields.ts):
 * whatever is selected must still come back exactly as the node's own lookup gives it.
 */
describe('neighbourhood: only the selected scalars, the same answers', () => {
  let database: Database;
  let service: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    database = connectTestDatabase();
    service = await startTestServer(database, AUTH_ENV);
  });
  afterAll(async () => {
    await service.server.stop();
    await database.close();
  });

  it.each([
    ['the public', {}],
    ['a researcher', bearer(TOKENS.researcher)],
  ])('gives %s every selected scalar of every node as node(id) does', async (_who, headers) => {
    const walk = await service.post<{ neighbourhood: Walk }>(
      `{ neighbourhood(id: "municipality:delft", depth: 2, limit: 60) {
          nodes { ${EVERY_SCALAR} } edges { key year title context source { ${EVERY_SCALAR} } } } }`,
      {},
      headers,
    );
    expect(walk.body.errors).toBeUndefined();
    const nodes = walk.body.data!.neighbourhood.nodes;
    expect(nodes.length).toBeGreaterThan(20);
    const kinds = new Set(nodes.map((node) => (node as unknown as { kind: string }).kind));
    expect(kinds.size).toBeGreaterThan(4);
    const query = `query($id: ID!) { node(id: $id) { ${EVERY_SCALAR} } }`;
    for (const node of nodes) {
      const alone = await service.post<{ node: unknown }>(query, { id: node.id }, headers);
      expect(node).toEqual(alone.body.data!.node);
    }
    expect(walk.body.data!.neighbourhood.edges.some((edge) => edge.context || edge.title || edge.year)).toBe(
      true,
    );
  });

  it('gives edges their year, title and context only as selected, with the same values', async () => {
    const query = (fields: string) =>
      service.post<{ neighbourhood: Walk }>(
        `{ neighbourhood(id: "municipality:delft", depth: 1) { edges { ${fields} } } }`,
      );
    const full = (await query('key year title context')).body.data!.neighbourhood.edges;
    const lean = (await query('key context')).body.data!.neighbourhood.edges;
    expect(lean).toEqual(full.map(({ key, context }) => ({ key, context })));
    expect(full.some((edge) => edge.context !== null)).toBe(true);
  });
});
