import type { Logger } from 'pino';
import type { Config } from '../../config/config';
import type { Database } from '../../db/database';
import type { LocalNeo4j } from '../../db/local-neo4j/local-neo4j';
import { folded } from '../load';
import { buildLoadPlan } from '../plan';
import { SeedValidationError } from '../problems';
import { readAndValidateSeeds } from '../validate';
import { type BulkReport, bulkLoad, writeBulkCsv } from './bulk';
import type { BulkCsvWriter } from './csv-writer';
import type { BulkFiles } from './csv-writer';

/**
 * The seeds, validated (nothing is written, not even a CSV file, when any problem is found), as a
 * function that feeds a bulk writer the rows the transactional loader would CREATE: the same plan,
 * duplicates folded as loadPlan folds them into an empty database.
 */
export function seedRows(dir: string): (writer: BulkCsvWriter) => Promise<void> {
  const { seeds, problems } = readAndValidateSeeds(dir);
  if (problems.length > 0) throw new SeedValidationError(problems);
  const plan = buildLoadPlan(seeds);
  return async (writer) => {
    await writer.writeNodes(folded(plan.nodes, (n) => n.id));
    await writer.writeRelationships(folded(plan.relationships, (r) => r.key));
  };
}

/** Bulk-loads the seeds into the stopped local instance (see bulkLoad); leaves it running. */
export async function bulkSeed(
  config: Config,
  local: LocalNeo4j,
  dir: string,
  log: (line: string) => void,
  logger?: Logger,
): Promise<{ database: Database; report: BulkReport }> {
  const rows = seedRows(dir);
  const write = (csvDir: string) => writeBulkCsv(csvDir, rows);
  const { database, report } = await bulkLoad(config, local, write, log, logger);
  return { database, report };
}

/** For a server of one's own: the CSV files (and fixes.json) neo4j-admin imports there. */
export function writeSeedCsv(seedsDir: string, outDir: string): Promise<BulkFiles> {
  return writeBulkCsv(outDir, seedRows(seedsDir));
}

/**
 * Whether `npm start` and `npm run seed` take the bulk path on their own: the target is the project's
 * own local instance, it is not running, and its database has no store yet (it never started), so
 * it is certainly empty and nobody is using it.
 */
export async function isNewLocalInstance(config: Config, local: LocalNeo4j): Promise<boolean> {
  return !config.neo4j.uri && !local.hasStore() && !(await local.status()).running;
}
