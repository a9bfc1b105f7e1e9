/**
 * What the curation tests (and the other tests that write) share: callers, documents and excerpts,
 * requests that must succeed or fail, and the graph's state.
 */
import neo4j from 'neo4j-driver';
import type { Database } from '../../src/db/database';
import { cypher, graphFingerprint, restoreSeededGraph } from './graph-snapshot';
import type { GraphQLResponse, Service } from './server';
import { TOKENS, bearer } from './tokens';

type Headers = Record<string, string>;

export const DOC_000 = 'document:000-22230f0f29cf03ba';
export const DOC_002 = 'document:002-c733f695bbfdf289';
export const DOC_003 = 'document:003-addecf477dab56b0';

/** Verbatim from document 003 (checked by the happy paths, which would fail otherwise). */
export const EXCERPT_003 = 'Hoe ziet die aanpak van jeugdhulp er dan uit?';
/** Verbatim from document 002. */
export const EXCERPT_002 = 'zegt Marijke Vos, voorzitter van Sociaal Werk Nederland';

export const AS = {
  editor: bearer(TOKENS.editor),
  secondEditor: bearer(TOKENS.secondEditor),
  researcher: bearer(TOKENS.researcher),
  public: {} as Headers,
};

/** Posts as the given caller (an editor by default) and insists on an answer without errors. */
export async function ok<T = Record<string, unknown>>(
  service: Service,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Headers = AS.editor,
): Promise<T> {
  const { status, body } = await service.post<T>(query, variables, headers);
  if (body.errors?.length || status !== 200 || !body.data) {
    throw new Error(`GraphQL request failed (${status}): ${JSON.stringify(body.errors ?? body)}`);
  }
  return body.data;
}

export interface Refusal {
  code: unknown;
  message: string;
  /** `extensions.fields[].field` of a BAD_USER_INPUT. */
  fields: string[];
  extensions: Record<string, unknown>;
  data: unknown;
}

/** Posts a request that must fail, and returns its first error. */
export async function refused(
  service: Service,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Headers = AS.editor,
): Promise<Refusal> {
  const { body }: GraphQLResponse = await service.post(query, variables, headers);
  const error = body.errors?.[0];
  if (!error) throw new Error(`Expected an error, got ${JSON.stringify(body.data)}`);
  const extensions = error.extensions ?? {};
  const fields = ((extensions.fields as { field: string }[] | undefined) ?? []).map((f) => f.field);
  return { code: extensions.code, message: error.message, fields, extensions, data: body.data ?? null };
}

/** How many nodes, relationships and audit events the database holds. */
export async function counts(database: Database) {
  const [row] = await cypher(
    database,
    `CALL () { MATCH (n) WHERE NOT n:Snapshot AND NOT n:ChangeSequence RETURN count(n) AS nodes }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
     CALL () { MATCH (e:AuditEvent) RETURN count(e) AS auditEvents }
     RETURN nodes, relationships, auditEvents`,
  );
  return row as { nodes: number; relationships: number; auditEvents: number };
}

/** The counts and every node and relationship with all its properties: equal means nothing was written. */
export async function graphState(database: Database) {
  return { counts: await counts(database), ...(await graphFingerprint(database)) };
}

/**
 * Removes what the curation tests wrote: editors' relationships (MENTIONS included) and nodes, and
 * every audit event and intake proposal (the seeded graph has none). Seeded documents a test marked restricted are
 * marked back by the test itself; their version and updatedAt/updatedBy are put back here.
 */
export async function removeEditorWork(
  database: Database,
  seededDocumentVersions: Record<string, number> = {},
) {
  await cypher(database, "MATCH ()-[r]->() WHERE r.origin = 'editor' DELETE r");
  await cypher(database, "MATCH (n:Node) WHERE n.origin = 'editor' DETACH DELETE n");
  await cypher(database, 'MATCH (e:AuditEvent) DELETE e');
  await cypher(database, 'MATCH (p:Proposal) DELETE p');
  await cypher(database, 'MATCH (s:ChangeSequence) DELETE s');
  for (const [id, version] of Object.entries(seededDocumentVersions)) {
    await cypher(
      database,
      'MATCH (d:Document {id: $id}) SET d.version = $version REMOVE d.updatedAt, d.updatedBy',
      {
        id,
        version: neo4j.int(version),
      },
    );
  }
}

/**
 * After a file's tests: the graph must be the seeded one again, exactly. If it is not, it is
 * reseeded (so later test files still see the pristine graph) and the file fails.
 */
export async function insistOnPristineGraph(
  database: Database,
  before: Awaited<ReturnType<typeof graphState>>,
): Promise<void> {
  const after = await graphState(database);
  const same = JSON.stringify(after) === JSON.stringify(before);
  if (!same) {
    await restoreSeededGraph(database);
    expect(after).toEqual(before);
  }
}

export { cypher };
