import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database';
import { RequestDb } from '../db/request-db';

/** What every resolver receives: built fresh for each request, so nothing leaks between requests. */
export interface GraphContext {
  requestId: string;
  db: RequestDb;
}

export function createContext(database: Database, requestId: string = randomUUID()): GraphContext {
  return { requestId, db: new RequestDb(database, requestId) };
}
