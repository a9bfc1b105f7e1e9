/**
 * In development (`NODE_ENV=development`) a response carries `extensions.cypher`: each statement's
 * name, text and parameters' names. Hostile probing found the named queries' `//` comment lines in
 * that text (those of network/search name the document that holds the restricted editors' note).
 * The query registry now drops them, so neither the response nor Neo4j gets them
 * (src/db/query-registry.ts, withoutComments; tests/unit/cypher-comments.test.ts).
 */
import { startTestServer } from '../support/server';
import { databaseSuite } from '../support/service-suite';
import { AUTH_ENV, TOKENS, bearer } from '../support/tokens';

/** A compiled read, and named queries of the network walks and of an analysis, in one request. */
const QUERY = `{
  municipality(id: "municipality:delft") { name }
  search(text: "jeugdhulp", first: 3) { score snippet node { id } }
  neighbourhood(id: "municipality:delft") { nodes { id } }
  shortestPath(from: "municipality:delft", to: "municipality:meppel") { length }
  interlocks(a: "municipality:leudal", b: "region:midden-limburg") { pathCount }
}`;

interface Statement {
  name: string;
  cypher: string;
  parameters: string[];
}

describe('extensions.cypher in development', () => {
  const suite = databaseSuite();

  it.each([
    ['the public', {}],
    ['a researcher', bearer(TOKENS.researcher)],
  ])('shows %s the statements without a comment', async (_who, headers) => {
    const development = await startTestServer(suite.database, { ...AUTH_ENV, NODE_ENV: 'development' });
    const { body } = await development.post(QUERY, {}, headers).finally(() => development.server.stop());
    expect(body.errors).toBeUndefined();
    const statements = body.extensions?.cypher as Statement[];
    const files = statements.map((s) => s.name.split('#')[0]);
    expect(files).toContain('network/search');
    expect(files.some((name) => name.startsWith('compiled/'))).toBe(true);
    expect(files.filter((name) => name.startsWith('network/')).length).toBeGreaterThanOrEqual(3);
    expect(files.filter((name) => name.startsWith('analytics/')).length).toBeGreaterThanOrEqual(3);
    for (const statement of statements) {
      expect({ name: statement.name, comment: statement.cypher.includes('//') }).toEqual({
        name: statement.name,
        comment: false,
      });
      expect(statement.cypher.trim().length).toBeGreaterThan(0);
    }
    // What the probe read in the search's comments: where the restricted note is.
    const search = statements.find((s) => s.name === 'network/search')!;
    expect(search.cypher).not.toMatch(/editors'? note|document 000/i);
    expect(search.cypher).toContain('db.index.fulltext.queryNodes');
  });
});
