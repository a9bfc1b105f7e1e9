import { Writable } from 'node:stream';
import type { Database } from '../../src/db/database';
import { startServer } from '../../src/server/app';
import { createLogger } from '../../src/server/logger';
import { testConfig } from '../support/test-config';

/** A JSON logger whose lines the test reads: `text` is every byte written, `records` parsed. */
export function captureLogs(level = 'info') {
  const text: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      text.push(chunk.toString('utf8'));
      callback();
    },
  });
  const logger = createLogger(
    { env: 'test', logLevel: level as 'info', logFormat: 'json' },
    stream as unknown as NodeJS.WritableStream & { write(msg: string): void },
  );
  const records = () =>
    text
      .join('')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { logger, text, records };
}

/** The real service in-process on a free port, with the given environment and logger. */
export async function startOpsServer(
  database: Database,
  env: Record<string, string> = {},
  logger = captureLogs().logger,
) {
  const server = await startServer(testConfig(env), database, logger);
  const base = server.url.replace(/\/graphql$/, '');
  const post = async (body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return { res, json: (await res.json()) as GraphQLErrorBody };
  };
  return { server, base, post };
}

export interface GraphQLErrorBody {
  data?: Record<string, unknown> | null;
  errors?: {
    message: string;
    extensions?: { code?: string; stacktrace?: string[] } & Record<string, unknown>;
  }[];
  extensions?: Record<string, unknown>;
}
