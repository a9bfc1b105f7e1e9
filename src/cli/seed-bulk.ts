import type { Config } from '../config/config';
import { Database } from '../db/database';
import type { LocalNeo4j } from '../db/local-neo4j/local-neo4j';
import { isEmpty, finishLoad } from '../seed/load';
import { importArguments } from '../seed/bulk/import-tool';
import { bulkSeed, writeSeedCsv } from '../seed/bulk/seed-bulk';

/** Whether the running local instance is empty; the caller stops it before an import. */
async function runningIsEmpty(config: Config, local: LocalNeo4j): Promise<boolean> {
  const started = await local.start();
  const database = Database.connect(config.neo4j, started);
  try {
    return await isEmpty(database);
  } finally {
    await database.close();
  }
}

/**
 * `npm run seed -- --bulk` against the local instance: the importer when its database is empty
 * (stopped first if running, and left as it was found), else null: the caller MERGEs as usual.
 */
export async function bulkIntoLocal(config: Config, local: LocalNeo4j, dir: string): Promise<number | null> {
  const wasRunning = (await local.status()).running;
  if (wasRunning || local.hasStore()) {
    if (!(await runningIsEmpty(config, local))) {
      console.log('The database is not empty: loading through transactions (MERGE) instead of the importer.');
      if (!wasRunning) await local.stop();
      return null;
    }
    await local.stop();
  }
  const { database, report } = await bulkSeed(config, local, dir, (line) => console.log(line));
  await database.close();
  if (!wasRunning) await local.stop();
  console.log(
    `Imported ${report.nodes} nodes and ${report.relationships} relationships in ${report.ms} ms ` +
      `(CSV ${report.csvMs} ms, import ${report.importMs} ms, start ${report.startMs} ms, ` +
      `schema and indexes ${report.schemaMs} ms).`,
  );
  return 0;
}

/** `--csv <folder>`: the files and the command for a server of one's own (docs/bulk-load.md). */
export async function writeCsvForOwnServer(seedsDir: string, outDir: string): Promise<number> {
  const files = await writeSeedCsv(seedsDir, outDir);
  const args = importArguments(files, 'neo4j', '90%')
    .filter((arg) => !arg.startsWith('--max-off-heap') && !arg.startsWith('--report-file'))
    .map((arg) => (arg.includes(' ') ? `'${arg}'` : arg));
  console.log(`Wrote ${files.nodeCount} nodes and ${files.relationshipCount} relationships to ${outDir}.`);
  console.log('With the server stopped and its database empty, on the server:\n');
  console.log(`  neo4j-admin ${args.join(' \\\n    ')}\n`);
  console.log(`Then start it and run: NEO4J_URI=… NEO4J_PASSWORD=… npm run seed -- --after-import`);
  return 0;
}

/** `--after-import`: the schema applied to the imported graph, every index awaited. */
export async function finishOwnImport(config: Config): Promise<number> {
  if (!config.neo4j.uri) throw new Error('--after-import is for a server of your own: set NEO4J_URI');
  const database = Database.connect(config.neo4j, {
    uri: config.neo4j.uri,
    user: config.neo4j.user,
    password: config.neo4j.password ?? '',
  });
  try {
    await finishLoad(database);
  } finally {
    await database.close();
  }
  console.log('Applied the schema; every index is online.');
  return 0;
}
