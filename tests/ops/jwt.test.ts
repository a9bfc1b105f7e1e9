/**
 * Sign-in with an identity provider's tokens: a JWKS served by the test itself on loopback, with
 * keys it makes, and JWTs it signs as Keycloak would (roles in `realm_access.roles`). Valid tokens
 * give their roles; every flawed one is a 401 UNAUTHENTICATED that says what is wrong; the keys
 * are fetched once and cached; no log line holds a token.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type JWTPayload, type KeyLike, SignJWT, UnsecuredJWT, exportJWK, generateKeyPair } from 'jose';
import type { Database } from '../../src/db/database';
import { connectTestDatabase } from '../support/database';
import { AUTH_ENV, TOKENS, bearer } from '../support/tokens';
import { rawRequest } from '../reliability/support';
import { captureLogs, startOpsServer } from './support';

const ISSUER = 'https://idp.example/realms/gouden';
const AUDIENCE = 'gouden-netwerk';
const RESTRICTED = `{ node(id: "document:000-22230f0f29cf03ba") { ... on Document { restrictedText } } }`;

describe('sign-in with JWTs from an identity provider', () => {
  let database: Database;
  let service: Awaited<ReturnType<typeof startOpsServer>>;
  let jwks: http.Server;
  let jwksFetches = 0;
  let key: KeyLike;
  let forger: KeyLike;
  const logs = captureLogs('debug');
  const issued: string[] = [];

  const sign = async (claims: JWTPayload, set: (jwt: SignJWT) => SignJWT = (j) => j, signer = key) => {
    const token = await set(
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'key-1' })
        .setSubject('alice')
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt()
        .setExpirationTime('5m'),
    ).sign(signer);
    issued.push(token);
    return token;
  };
  const roles = (...names: string[]) => ({ realm_access: { roles: ['offline_access', ...names] } });
  const ask = (query: string, token: string) => service.post({ query }, bearer(token));

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    key = pair.privateKey;
    forger = (await generateKeyPair('RS256')).privateKey;
    const publicJwk = { ...(await exportJWK(pair.publicKey)), kid: 'key-1', alg: 'RS256', use: 'sig' };
    jwks = http.createServer((_req, res) => {
      jwksFetches++;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [publicJwk] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    database = connectTestDatabase();
    service = await startOpsServer(
      database,
      {
        ...AUTH_ENV,
        AUTH_JWKS_URL: `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/realms/gouden/certs`,
        AUTH_ISSUER: ISSUER,
        AUTH_AUDIENCE: AUDIENCE,
        AUTH_ROLES_CLAIM: 'realm_access.roles',
      },
      logs.logger,
    );
  });
  afterAll(async () => {
    await service.server.stop();
    await database.close();
    await new Promise((resolve) => jwks.close(resolve));
  });

  it('takes the roles from a valid token: a researcher sees restricted facts', async () => {
    const res = await ask(RESTRICTED, await sign(roles('researcher')));
    expect(res.res.status).toBe(200);
    expect(JSON.stringify(res.json.data)).toContain('Bart van Grinsven');
    const line = logs.records().find((r) => r.requestId === res.res.headers.get('x-request-id'));
    expect(line).toMatchObject({ msg: 'graphql request', role: 'researcher' });

    const editor = await ask('{ health { status } }', await sign(roles('editor')));
    const editorLine = logs.records().find((r) => r.requestId === editor.res.headers.get('x-request-id'));
    expect(editorLine).toMatchObject({ role: 'editor' });
  });

  it('signs in a caller without a role of ours as a reader who sees nothing restricted', async () => {
    const res = await ask(RESTRICTED, await sign(roles('uma_authorization')));
    expect(res.res.status).toBe(200);
    expect(res.json.data).toEqual({ node: { restrictedText: null } });
    const write = await ask(
      'mutation { setDocumentRestricted(id: "document:000-22230f0f29cf03ba", restricted: false) { id } }',
      await sign(roles()),
    );
    expect(write.json.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses each flawed token with 401 UNAUTHENTICATED, saying which flaw', async () => {
    const now = Math.floor(Date.now() / 1000);
    const cases: [string, string, RegExp][] = [
      ['expired', await sign(roles('researcher'), (j) => j.setExpirationTime(now - 120)), /expired/],
      ['wrong issuer', await sign(roles('researcher'), (j) => j.setIssuer('https://evil.example')), /issuer/],
      [
        'wrong audience',
        await sign(roles('researcher'), (j) => j.setAudience('another-service')),
        /audience/,
      ],
      ['bad signature', await sign(roles('researcher'), undefined, forger), /signature/],
      [
        'alg none',
        new UnsecuredJWT({ ...roles('editor'), sub: 'mallory' })
          .setIssuer(ISSUER)
          .setAudience(AUDIENCE)
          .setExpirationTime('5m')
          .encode(),
        /alg "none"/,
      ],
      ['not yet valid', await sign(roles('researcher'), (j) => j.setNotBefore(now + 600)), /not valid yet/],
      ['garbage', 'eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl-x', /not a valid JWT|signature/],
    ];
    for (const [, token] of cases) issued.push(token);
    for (const [name, token, says] of cases) {
      for (const path of ['/graphql', '/export/nodes.csv']) {
        const res = await rawRequest(service.base, {
          method: path === '/graphql' ? 'POST' : 'GET',
          path,
          headers: { 'content-type': 'application/json', ...bearer(token) },
          body: path === '/graphql' ? JSON.stringify({ query: '{ health { status } }' }) : undefined,
        });
        expect({ name, path, status: res.status }).toEqual({ name, path, status: 401 });
        expect(res.headers['www-authenticate']).toBe('Bearer');
        expect(res.json?.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
        expect({ name, message: res.json?.errors?.[0].message }).toEqual({
          name,
          message: expect.stringMatching(says),
        });
      }
    }
  });

  it('allows the configured clock skew (30 s by default)', async () => {
    const now = Math.floor(Date.now() / 1000);
    const res = await ask(
      '{ health { status } }',
      await sign(roles('researcher'), (j) => j.setExpirationTime(now - 10)),
    );
    expect(res.res.status).toBe(200);
  });

  it('still accepts the static tokens, and fetched the keys once for all of the above', async () => {
    const res = await ask(RESTRICTED, TOKENS.researcher);
    expect(JSON.stringify(res.json.data)).toContain('Bart van Grinsven');
    expect(jwksFetches).toBe(1);
  });

  it('never logs a token', () => {
    const everything = logs.text.join('');
    expect(issued.length).toBeGreaterThan(8);
    for (const token of issued) {
      expect(everything).not.toContain(token);
      expect(everything).not.toContain(token.split('.')[2] || token.split('.')[1]);
    }
    expect(everything).not.toContain(TOKENS.researcher);
  });

  it('answers 503 when the identity provider cannot be reached, and says so in the log', async () => {
    const logsDown = captureLogs();
    const down = await startOpsServer(
      database,
      { AUTH_JWKS_URL: 'http://127.0.0.1:9/certs', AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE },
      logsDown.logger,
    );
    try {
      const token = await sign(roles('researcher'));
      const res = await down.post({ query: '{ health { status } }' }, bearer(token));
      expect(res.res.status).toBe(503);
      expect(res.json.errors?.[0].extensions?.code).toBe('IDENTITY_PROVIDER_UNAVAILABLE');
      expect(logsDown.records().find((r) => r.msg === 'sign-in failed')).toBeDefined();
      expect(logsDown.text.join('')).not.toContain(token);
    } finally {
      await down.server.stop();
    }
  });
});
