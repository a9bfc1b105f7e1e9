import type { Database } from '../../src/db/database';
import { graphState, insistOnPristineGraph, removeEditorWork } from './curation';
import { connectTestDatabase } from './database';
import { cypher } from './graph-snapshot';
import { type Service, startTestServer } from './server';

export interface DatabaseSuite {
  database: Database;
}

export interface ServiceSuite extends DatabaseSuite {
  service: Service;
}

export interface SuiteOptions<S extends DatabaseSuite = DatabaseSuite> {
  /** The database to use instead of a driver on the project's test Neo4j. */
  connect?: () => Database | Promise<Database>;
  /** After the file's tests, before the database is closed (and before the pristine check). */
  cleanUp?: (suite: S) => Promise<void>;
  /**
   * After the file's tests (and `cleanUp`), the editors' work is removed (with the seeded documents'
   * versions given here put back) and the graph must be the one the file started with, exactly: if
   * it is not, it is reseeded for the files after it and this file fails.
   */
  pristine?: boolean | { seededDocumentVersions?: Record<string, number> };
  /**
   * The snapshots the file's exports recorded are deleted after its tests (before `cleanUp`): they
   * are not part of the graph (the pristine check ignores them), but the database is left as found.
   */
  removeNewSnapshots?: boolean;
}

/**
 * A test file's driver on the project's test Neo4j, opened before its tests and closed after them.
 * Read `suite.database` inside hooks and tests (it is set once the file's tests begin).
 */
export function databaseSuite(options: SuiteOptions = {}): DatabaseSuite {
  return suite(options as SuiteOptions<ServiceSuite>, undefined);
}

/**
 * A test file's database and the real HTTP service over it (started with `env`, e.g. AUTH_ENV for
 * the test tokens), opened before its tests and closed after them: `suite.database`,
 * `suite.service`.
 */
export function serviceSuite(
  env: Record<string, string> = {},
  options: SuiteOptions<ServiceSuite> = {},
): ServiceSuite {
  return suite(options, env);
}

function suite(options: SuiteOptions<ServiceSuite>, serviceEnv: Record<string, string> | undefined) {
  const opened = {} as Partial<ServiceSuite>;
  let before: Awaited<ReturnType<typeof graphState>> | undefined;
  let snapshotsBefore: unknown[] = [];
  const snapshotIds = async (database: Database) =>
    (await cypher(database, 'MATCH (s:Snapshot) RETURN s.id AS id')).map((row) => row.id);
  beforeAll(async () => {
    opened.database = await (options.connect ?? connectTestDatabase)();
    if (options.removeNewSnapshots) snapshotsBefore = await snapshotIds(opened.database);
    if (serviceEnv) opened.service = await startTestServer(opened.database, serviceEnv);
    if (options.pristine) before = await graphState(opened.database);
  });
  afterAll(async () => {
    try {
      if (options.removeNewSnapshots && opened.database)
        await cypher(opened.database, 'MATCH (s:Snapshot) WHERE NOT s.id IN $keep DELETE s', {
          keep: snapshotsBefore,
        });
      await options.cleanUp?.(opened as ServiceSuite);
      if (options.pristine && opened.database && before) {
        const versions = options.pristine === true ? {} : options.pristine.seededDocumentVersions;
        await removeEditorWork(opened.database, versions);
        await insistOnPristineGraph(opened.database, before);
      }
    } finally {
      await opened.service?.server.stop();
      await opened.database?.close();
    }
  });
  return opened as ServiceSuite;
}
