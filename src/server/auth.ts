import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { AuthChecker } from 'type-graphql';
import type { Config, Role } from '../config/config';
import { ErrorCode } from '../db/errors';
import type { GraphContext } from '../graph/compile/context';
import { ANONYMOUS, type Viewer } from '../model';
import { HttpErrorCode, sendError } from './http-errors';
import { IdentityProviderUnavailable, TokenRejected, jwtVerifier, looksLikeJwt } from './jwt';

export { IdentityProviderUnavailable, TokenRejected };

export function sha256(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/**
 * Static bearer tokens: random secrets handed to researchers and editors, configured as their
 * SHA-256 (a fast hash suffices for high-entropy tokens; nothing guessable is stored). Every
 * configured hash is compared in constant time, so timing tells nothing about which one nearly
 * matched.
 */
export function staticTokenViewer(token: string, tokens: Config['authTokens']): Viewer {
  const presented = sha256(token);
  let found: Config['authTokens'][number] | undefined;
  for (const entry of tokens) {
    if (timingSafeEqual(presented, Buffer.from(entry.sha256, 'hex')) && !found) found = entry;
  }
  if (!found) throw new TokenRejected('The bearer token is not valid');
  const roles = new Set<Role>(found.roles);
  return { subject: found.subject, roles, seeRestricted: roles.has('researcher') || roles.has('editor') };
}

export type Authenticate = (authorization: string | undefined) => Promise<Viewer>;

/** A static token (`npm run token`: 43 characters) or a JWT has at least this many. */
const MIN_TOKEN_LENGTH = 16;
const MAX_TOKEN_LENGTH = 8192;
const TOKEN_CHARACTERS = /^[A-Za-z0-9._~+/=-]+$/;

/** The token of a `Bearer <token>` header ('' for a bare "Bearer": HTTP trims the space); undefined for another scheme. */
const bearerToken = (authorization: string) => {
  const match = /^Bearer(?: (.*))?$/s.exec(authorization);
  return match ? (match[1] ?? '') : undefined;
};

/**
 * What makes a token unreadable before any check of its value, in words a client can act on:
 * "Bearer nope" is too short to be a token and is not a JWT. Never echoes the token.
 */
function whatIsWrongWith(token: string): string | undefined {
  if (token === '') return 'The Authorization header says "Bearer" but holds no token';
  if (!TOKEN_CHARACTERS.test(token))
    return 'The bearer token holds characters no token has (letters, digits and -._~+/= only)';
  if (token.length < MIN_TOKEN_LENGTH)
    return (
      `The bearer token is too short (${token.length} characters): a token has at least ` +
      `${MIN_TOKEN_LENGTH}, and this is not a JWT either`
    );
  if (token.length > MAX_TOKEN_LENGTH)
    return `The bearer token is too long (${token.length} characters; at most ${MAX_TOKEN_LENGTH})`;
  return undefined;
}

/**
 * Who is asking, from the Authorization header. None: the anonymous public reader. A JWT (when an
 * identity provider is configured): checked against its keys. Anything else: a static token.
 * A header that passes neither throws TokenRejected, saying which check failed.
 */
export function createAuthenticator(config: Pick<Config, 'authTokens' | 'jwt'>): Authenticate {
  const verifyJwt = config.jwt ? jwtVerifier(config.jwt) : undefined;
  return async (authorization) => {
    if (authorization === undefined || authorization === '') return ANONYMOUS;
    const token = bearerToken(authorization);
    if (token === undefined) throw new TokenRejected('The Authorization header must be "Bearer <token>"');
    const wrong = whatIsWrongWith(token);
    if (wrong) throw new TokenRejected(wrong);
    if (verifyJwt && looksLikeJwt(token)) return verifyJwt(token);
    return staticTokenViewer(token, config.authTokens);
  };
}

/** The viewer `identify` found for this request (anonymous until then). */
export function viewerOf(res: Response): Viewer {
  return (res.locals.viewer as Viewer | undefined) ?? ANONYMOUS;
}

/**
 * Authenticates every request before the rate limit (which budgets signed-in callers by subject),
 * but refuses a bad header only after it (see `refuseBadCredentials`), so bad tokens are counted
 * against the sender's address like any anonymous request.
 */
export function identify(authenticate: Authenticate, logger: Logger): RequestHandler {
  return async (req, res, next) => {
    try {
      res.locals.viewer = await authenticate(req.header('authorization'));
    } catch (error) {
      if (error instanceof IdentityProviderUnavailable)
        logger.warn({ reason: error.message }, 'sign-in failed');
      res.locals.authError = error;
    }
    next();
  };
}

/** 401 UNAUTHENTICATED (503 when the identity provider is unreachable), in GraphQL's error shape. */
export const refuseBadCredentials: RequestHandler = (_req, res, next) => {
  const error = res.locals.authError as unknown;
  if (error === undefined) return next();
  if (error instanceof IdentityProviderUnavailable) {
    sendError(
      res,
      503,
      HttpErrorCode.IDENTITY_PROVIDER_UNAVAILABLE,
      'Sign-in is unavailable; try again shortly',
    );
    return;
  }
  res.setHeader('WWW-Authenticate', 'Bearer');
  const message = error instanceof TokenRejected ? error.message : 'The bearer token is not valid';
  sendError(res, 401, ErrorCode.UNAUTHENTICATED, message);
};

/** `@Authorized('editor')`: anonymous callers get UNAUTHENTICATED, callers without the role FORBIDDEN. */
export const authChecker: AuthChecker<GraphContext, Role> = ({ context }, roles) => {
  const { viewer } = context;
  if (viewer.subject === null) {
    throw new GraphQLError(`Authentication required: this needs the ${roles.join(' or ')} role`, {
      extensions: { code: ErrorCode.UNAUTHENTICATED },
    });
  }
  if (roles.length > 0 && !roles.some((role) => viewer.roles.has(role))) {
    throw new GraphQLError(`Forbidden: this needs the ${roles.join(' or ')} role`, {
      extensions: { code: ErrorCode.FORBIDDEN },
    });
  }
  return true;
};
