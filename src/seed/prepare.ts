import type { Logger } from 'pino';
import type { Database } from '../db/database';

/** Makes a database ready to serve: schema applied; filled from seeds/ when empty (see the loader). */
export async function prepareDatabase(_database: Database, _logger: Logger): Promise<void> {
  // The schema and the seed loader arrive with the knowledge-graph issue.
}
