import type { Logger } from 'pino';
import type { Database } from '../db/database';
import { applySchema } from '../db/schema';
import { isEmpty } from './load';
import { seedDatabase } from './seed';

/** Makes a database ready to serve: the schema applied, and the seeds loaded when it is empty. */
export async function prepareDatabase(database: Database, logger: Logger): Promise<void> {
  // An empty database gets its indexes after the seeds (seedDatabase), which is faster.
  if (!(await isEmpty(database))) return applySchema(database);
  logger.info('empty database: loading the seeds');
  const report = await seedDatabase(database, {
    onProgress: (done, total, phase) => logger.debug({ done, total, phase }, 'seeding'),
  });
  logger.info(report, 'seeded');
}
