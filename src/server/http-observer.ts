import { randomUUID } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { errorCodeOf } from './http-errors';
import type { ServiceMetrics } from './metrics';

/** A caller's own request id is kept if it is a plausible id, so it can be traced end to end. */
const REQUEST_ID = /^[\w.:@/+=-]{1,128}$/;

export function requestIdOf(res: Response): string {
  return res.locals.requestId as string;
}

/** Names the route a request matched, for metrics and logs: a fixed label, never the raw URL. */
export const routeLabel =
  (route: string): RequestHandler =>
  (_req, res, next) => {
    res.locals.route = route;
    next();
  };

/** Probes and scrapes are logged at debug only: every few seconds, they would bury the rest. */
const QUIET_ROUTES = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * First in line for every request: gives it its id (the caller's `x-request-id`, or a new UUID),
 * returned in the `x-request-id` response header; and when the response is done, observes its
 * duration by route and status and, for a request that GraphQL did not already log (see the
 * operation summary), writes its one log line.
 */
export function observeHttp(logger: Logger, metrics: ServiceMetrics | undefined): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const given = req.header('x-request-id');
    const requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = (res.locals.route as string | undefined) ?? '(unmatched)';
      // A client that hung up before the answer is logged as 499, the convention nginx set.
      const status = res.writableFinished ? res.statusCode : 499;
      const code = errorCodeOf(res);
      metrics?.http(route, req.method, status, seconds);
      if (code) metrics?.error(code);
      if (res.locals.graphqlLogged) return;
      const line = {
        requestId,
        method: req.method,
        route,
        status,
        durationMs: Math.round(seconds * 1e5) / 100,
        code,
      };
      if (QUIET_ROUTES.has(route)) logger.debug(line, 'http request');
      else logger.info(line, 'http request');
    };
    res.once('finish', finish);
    res.once('close', finish);
    next();
  };
}
