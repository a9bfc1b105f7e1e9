import pino from 'pino';
import type { Database } from '../../src/db/database';
import { startServer, type RunningServer } from '../../src/server/app';
import { testConfig } from './test-config';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  body: {
    data?: T;
    errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
    extensions?: Record<string, unknown>;
  };
}

/** Starts the real HTTP service on a free port over the given database. */
export async function startTestServer(database: Database, env: Record<string, string> = {}) {
  const server: RunningServer = await startServer(testConfig(env), database, pino({ level: 'silent' }));
  const post = async <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<T>> => {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: (await res.json()) as GraphQLResponse<T>['body'] };
  };
  return { server, url: server.url, post, base: server.url.replace(/\/graphql$/, '') };
}

/** The service a test file started: its HTTP server, URL and `post`. */
export type Service = Awaited<ReturnType<typeof startTestServer>>;
