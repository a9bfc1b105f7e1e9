import type { Viewer } from '../model';
import type { RequestDb } from './request-db';

/**
 * What every resolver of any layer receives: the request's own database handle (counting its round
 * trips) and who is asking. Built fresh for each request, so nothing leaks between requests.
 */
export interface RequestContext {
  requestId: string;
  db: RequestDb;
  viewer: Viewer;
}
