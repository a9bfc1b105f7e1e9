import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../db/request-context';
import { RequestDb, type StatementRunner } from '../../db/request-db';
import { ANONYMOUS, type Viewer } from '../../model';
import { NodeReader } from './node-reader';

/** The graph layer's context: the request context plus its reader of nodes named by id. */
export interface GraphContext extends RequestContext {
  nodes: NodeReader;
}

export function createContext(
  database: StatementRunner,
  requestId: string = randomUUID(),
  viewer: Viewer = ANONYMOUS,
  signal?: AbortSignal,
): GraphContext {
  const db = new RequestDb(database, requestId, signal);
  return { requestId, db, viewer, nodes: new NodeReader(db, viewer) };
}
