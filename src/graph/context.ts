import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../db/request-context';
import { RequestDb, type StatementRunner } from '../db/request-db';
import { ANONYMOUS, type Viewer } from '../model';
import { Loaders } from './common/loaders';

/** The graph layer's context: the request context plus its per-request loaders. */
export interface GraphContext extends RequestContext {
  loaders: Loaders;
}

export function createContext(
  database: StatementRunner,
  requestId: string = randomUUID(),
  viewer: Viewer = ANONYMOUS,
): GraphContext {
  const db = new RequestDb(database, requestId);
  return { requestId, db, viewer, loaders: new Loaders(db, viewer) };
}
