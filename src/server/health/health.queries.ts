import type { RequestDb } from '../../db/request-db';

export async function databaseIdentity(db: RequestDb): Promise<string> {
  const [row] = await db.read('health/server');
  return `${row.name} ${row.version} ${row.edition}`;
}
