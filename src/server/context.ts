import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database';
import { RequestDb } from '../db/request-db';
import { Loaders } from '../graph/common/loaders';
import { ANONYMOUS, type Viewer } from '../graph/common/viewer';

/** What every resolver receives: built fresh for each request, so nothing leaks between requests. */
export interface GraphContext {
  requestId: string;
  db: RequestDb;
  viewer: Viewer;
  loaders: Loaders;
}

export function createContext(
  database: Database,
  requestId: string = randomUUID(),
  viewer: Viewer = ANONYMOUS,
): GraphContext {
  const db = new RequestDb(database, requestId);
  return { requestId, db, viewer, loaders: new Loaders(db, viewer) };
}
