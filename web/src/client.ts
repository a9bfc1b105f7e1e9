import { Client, cacheExchange, fetchExchange } from '@urql/core';
import { authHeaders } from './session';

/**
 * One urql client per viewer: signing in or out makes a new one, so answers cached for the public
 * and for a researcher never mix. POST with JSON bodies, which Apollo's CSRF prevention accepts
 * (urql would otherwise send short queries as GET).
 */
export function createClient(token: string | null): Client {
  return new Client({
    url: '/graphql',
    exchanges: [cacheExchange, fetchExchange],
    preferGetMethod: false,
    fetchOptions: () => ({ headers: authHeaders(token) }),
  });
}
