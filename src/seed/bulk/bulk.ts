import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import type { Config } from '../../config/config';
import { type Credentials, Database } from '../../db/database';
import type { LocalNeo4j } from '../../db/local-neo4j/local-neo4j';
import { finishLoad } from '../load';
import { BulkCsvWriter, type BulkFiles } from './csv-writer';
import { runImportTool } from './import-tool';

export interface BulkReport {
  nodes: number;
  relationships: number;
  /** Writing the CSV files (for the bench: generating them too). */
  csvMs: number;
  /** neo4j-admin database import, JVM start to exit. */
  importMs: number;
  /** Starting Neo4j on the imported store. */
  startMs: number;
  /** The schema applied, and every index online. */
  schemaMs: number;
  ms: number;
  phases: string[];
}

/**
 * Several sets of CSV files (written side by side, each into a folder of its own under `dir`) as one
 * import: the importer takes any number of files per label and type.
 */
export function mergeBulkFiles(dir: string, parts: BulkFiles[]): BulkFiles {
  return {
    dir,
    nodes: parts.flatMap((part) => part.nodes),
    relationships: parts.flatMap((part) => part.relationships),
    multiline: parts.flatMap((part) => part.multiline),
    nodeCount: parts.reduce((sum, part) => sum + part.nodeCount, 0),
    relationshipCount: parts.reduce((sum, part) => sum + part.relationshipCount, 0),
  };
}

/** Writes the CSV files: `write` receives the writer and feeds it every node, then every relationship. */
export async function writeBulkCsv(
  dir: string,
  write: (writer: BulkCsvWriter) => Promise<void>,
): Promise<BulkFiles> {
  fs.rmSync(dir, { recursive: true, force: true });
  const writer = new BulkCsvWriter(dir);
  await write(writer);
  return writer.close();
}

/**
 * Loads a graph into the project's own local Neo4j through Neo4j's importer: CSV files written
 * (streamed) into the folder `writeCsv` is given (writeBulkCsv, or several sets side by side:
 * mergeBulkFiles), `neo4j-admin database import full` into the STOPPED instance (its database
 * replaced: the caller has made sure it is empty or absent), then Neo4j started, the schema
 * (constraints, indexes, full-text) applied and every index awaited. Leaves the instance running and
 * returns a Database on it; the caller closes it (and stops the instance).
 */
export async function bulkLoad(
  config: Config,
  local: LocalNeo4j,
  writeCsv: (dir: string) => Promise<BulkFiles>,
  log: (line: string) => void,
  /** For the Database returned: a service goes on serving with it. */
  logger?: Logger,
): Promise<{ database: Database; credentials: Credentials; report: BulkReport }> {
  if ((await local.status()).running) throw new Error('the local Neo4j must be stopped for a bulk import');
  const started = Date.now();
  await local.prepare();
  const dir = path.join(local.paths.instance, 'import');
  log(`Writing CSV files for neo4j-admin into ${dir} …`);
  fs.rmSync(dir, { recursive: true, force: true });
  const files = await writeCsv(dir);
  const csvMs = Date.now() - started;
  log(`Wrote ${files.nodeCount} nodes and ${files.relationshipCount} relationships (${csvMs} ms)`);
  const imported = await runImportTool(local.paths, files, {
    database: config.neo4j.database,
    heap: config.local.heap,
    offHeap: config.local.pageCache,
    java: config.local.java,
    log,
  });
  fs.rmSync(dir, { recursive: true, force: true });
  const t0 = Date.now();
  const running = await local.start();
  const credentials = { uri: running.uri, user: running.user, password: running.password };
  const database = Database.connect(config.neo4j, credentials, logger);
  const t1 = Date.now();
  try {
    const t2 = Date.now();
    log('Applying the schema and building the indexes from the data …');
    await finishLoad(database);
    const t3 = Date.now();
    const report: BulkReport = {
      nodes: files.nodeCount,
      relationships: files.relationshipCount,
      csvMs,
      importMs: imported.ms,
      startMs: t1 - t0,
      schemaMs: t3 - t2,
      ms: t3 - started,
      phases: imported.phases,
    };
    return { database, credentials, report };
  } catch (error) {
    await database.close();
    throw error;
  }
}
