import { createHash, timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { AuthChecker } from 'type-graphql';
import type { Config, Role } from '../config/config';
import { ErrorCode } from '../db/errors';
import { ANONYMOUS, type Viewer } from '../model';
import type { GraphContext } from '../graph/context';

export function sha256(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: ErrorCode.UNAUTHENTICATED,
      http: { status: 401, headers: new Map([['www-authenticate', 'Bearer']]) },
    },
  });
}

/**
 * Bearer tokens: random secrets handed to researchers and editors, configured as their SHA-256
 * (a fast hash suffices for high-entropy tokens; nothing guessable is stored). Every configured
 * hash is compared in constant time, so timing tells nothing about which one nearly matched.
 * No header: the anonymous public reader. A header that matches nothing: UNAUTHENTICATED.
 */
export function authenticate(authorization: string | undefined, tokens: Config['authTokens']): Viewer {
  if (authorization === undefined || authorization === '') return ANONYMOUS;
  const match = /^Bearer ([A-Za-z0-9._~+/=-]{16,512})$/.exec(authorization);
  if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>"');
  const presented = sha256(match[1]);
  let found: Config['authTokens'][number] | undefined;
  for (const entry of tokens) {
    if (timingSafeEqual(presented, Buffer.from(entry.sha256, 'hex')) && !found) found = entry;
  }
  if (!found) throw unauthenticated('The bearer token is not valid');
  const roles = new Set<Role>(found.roles);
  return { subject: found.subject, roles, seeRestricted: roles.has('researcher') || roles.has('editor') };
}

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
