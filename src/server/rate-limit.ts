import type { RequestHandler, Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { Config } from '../config/config';
import { viewerOf } from './auth';
import { HttpErrorCode, sendError } from './http-errors';

/**
 * Requests per minute for the public endpoints (GraphQL and exports), per caller: a signed-in
 * caller by subject, anyone else by address (an IPv6 caller by its /56, as express-rate-limit
 * advises, since one host holds a whole prefix). Either budget at 0 is no limit for those
 * callers; both at 0 (the default) is no limiter at all. Counts are in memory, per process.
 */
export function rateLimiter(limits: Config['rateLimit']): RequestHandler | undefined {
  if (limits.anonymousPerMin === 0 && limits.signedInPerMin === 0) return undefined;
  const signedIn = (res: Response) => viewerOf(res).subject !== null;
  const budget = (res: Response) => (signedIn(res) ? limits.signedInPerMin : limits.anonymousPerMin);
  return rateLimit({
    windowMs: 60_000,
    limit: (_req, res) => budget(res),
    skip: (_req, res) => budget(res) === 0,
    keyGenerator: (req, res) =>
      signedIn(res) ? `subject:${viewerOf(res).subject}` : `address:${ipKeyGenerator(req.ip ?? '')}`,
    // RateLimit and RateLimit-Policy headers (IETF draft 8), and Retry-After once over.
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => {
      sendError(
        res,
        429,
        HttpErrorCode.TOO_MANY_REQUESTS,
        `Too many requests; try again in ${String(res.getHeader('Retry-After') ?? 60)} s`,
      );
    },
  });
}
