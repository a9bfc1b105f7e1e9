import { createRemoteJWKSet, decodeProtectedHeader, errors, jwtVerify, type JWTPayload } from 'jose';
import { type Config, ROLES, type Role } from '../config/config';
import type { Viewer } from '../model';

/** A token that does not pass; `message` says which check it failed (and never repeats it). */
export class TokenRejected extends Error {}
/** The identity provider's keys could not be fetched: not the caller's fault. */
export class IdentityProviderUnavailable extends Error {}

/** Only asymmetric algorithms: the keys come from a public JWKS, so an HMAC "key" would be public. */
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

/** A compact JWS: header.payload.signature, base64url; `alg: none` has an empty signature. */
export const looksLikeJwt = (token: string) => /^[\w-]+\.[\w-]+\.[\w-]*$/.test(token);

/** `realm_access.roles` (Keycloak), `roles`, or a space-separated `scope`: the service's roles in it. */
function rolesIn(payload: JWTPayload, claimPath: string): Role[] {
  let value: unknown = payload;
  for (const key of claimPath.split('.')) {
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  }
  const names = Array.isArray(value) ? value : typeof value === 'string' ? value.split(' ') : [];
  return ROLES.filter((role) => names.includes(role));
}

function reason(error: unknown): string | undefined {
  if (error instanceof errors.JWTExpired) return 'The token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') return 'The token was not issued by the accepted issuer';
    if (error.claim === 'aud') return 'The token is not meant for this audience';
    if (error.claim === 'nbf') return 'The token is not valid yet';
    return `The token's "${error.claim}" claim is not valid`;
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'The token signature is not valid';
  if (error instanceof errors.JOSEAlgNotAllowed)
    return 'The token is signed with an algorithm that is not accepted';
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys)
    return 'The token is signed with a key the identity provider does not publish';
  if (error instanceof errors.JWTInvalid || error instanceof errors.JWSInvalid)
    return 'The token is not a valid JWT';
  if (error instanceof errors.JOSENotSupported) return 'The token uses a feature that is not supported';
  return undefined;
}

/**
 * Bearer JWTs signed by an OpenID Connect provider, checked against its JWKS: signature, issuer,
 * audience, expiry and not-before, with `clockToleranceS` for skew. jose's remote key set caches
 * the keys and refetches (at most every 30 s) only when a token names a key it does not hold.
 */
export function jwtVerifier(config: NonNullable<Config['jwt']>): (token: string) => Promise<Viewer> {
  const keys = createRemoteJWKSet(new URL(config.jwksUrl), {
    timeoutDuration: 5_000,
    cooldownDuration: 30_000,
  });
  return async (token) => {
    let alg: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw new TokenRejected('The token is not a valid JWT');
    }
    // Said plainly, rather than as "no matching key", since it is the classic forgery.
    if (alg === undefined || alg.toLowerCase() === 'none') {
      throw new TokenRejected('Unsigned tokens (alg "none") are not accepted');
    }
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: ALGORITHMS,
        clockTolerance: config.clockToleranceS,
        requiredClaims: ['sub', 'exp'],
      }));
    } catch (error) {
      const why = reason(error);
      if (why) throw new TokenRejected(why);
      throw new IdentityProviderUnavailable(
        `The identity provider's keys could not be fetched: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    const roles = new Set<Role>(rolesIn(payload, config.rolesClaim));
    return {
      subject: String(payload.sub),
      roles,
      seeRestricted: roles.has('researcher') || roles.has('editor'),
    };
  };
}
