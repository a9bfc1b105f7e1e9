/**
 * Shared tools of the reliability tests: raw HTTP on loopback (so a test controls every byte and
 * sees truncated or refused responses for what they are), the real service as a child process,
 * tallies for the one-line figures each test prints, and a content hash of the whole graph.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import type { Database } from '../../src/db/database';
import { graphState } from '../support/curation';
import { TEST_BOLT_PORT, runningTestNeo4j } from '../support/test-config';

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The counts and every node and relationship with its properties, and a SHA-256 of all that. */
export async function graphHash(database: Database) {
  const state = await graphState(database);
  const hash = createHash('sha256').update(JSON.stringify(state)).digest('hex').slice(0, 16);
  return { state, hash };
}

/** Counts by key, printed as `{a: 1, b: 2}` in the figures line. */
export class Tally {
  private readonly counts = new Map<string, number>();
  add(key: string, by = 1): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + by);
  }
  get(key: string): number {
    return this.counts.get(key) ?? 0;
  }
  total(): number {
    return [...this.counts.values()].reduce((a, b) => a + b, 0);
  }
  keys(): string[] {
    return [...this.counts.keys()];
  }
  toString(): string {
    const entries = [...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${k}: ${v}`).join(', ')}}`;
  }
}

/** A port nobody listens on right now (for the child service; PORT=0 cannot be printed back). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface RawResponse {
  /** 'response': a whole response was read; otherwise how the exchange ended. */
  outcome: 'response' | 'refused' | 'reset' | 'truncated' | 'timeout' | 'error';
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  /** The body parsed as JSON, when it is JSON. */
  json?: GraphQLBody;
  error?: string;
  ms: number;
}

export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
}

export interface RawRequest {
  method?: string;
  /** Path and query string, default `/graphql`. */
  path?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  timeoutMs?: number;
  /** A keep-alive agent to reuse connections; by default each request opens its own. */
  agent?: http.Agent;
  /** Send the body in two halves, awaiting this between them (to hold a request in flight). */
  between?: () => Promise<void>;
}

/**
 * One HTTP exchange on loopback, bounded by a timeout. Never throws: a refused connection, a reset,
 * a body cut short (fewer bytes than Content-Length, or the socket closing mid-body) and a timeout
 * are outcomes the tests count.
 */
export function rawRequest(base: string, request: RawRequest = {}): Promise<RawResponse> {
  const url = new URL(request.path ?? '/graphql', base);
  const body = request.body === undefined ? undefined : Buffer.from(request.body);
  const started = Date.now();
  return new Promise((resolve) => {
    let settled = false;
    let status = 0;
    let headers: http.IncomingHttpHeaders = {};
    const chunks: Buffer[] = [];
    const finish = (outcome: RawResponse['outcome'], error?: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('utf8');
      let json: GraphQLBody | undefined;
      if (outcome === 'response' && text !== '' && /json/.test(String(headers['content-type'] ?? ''))) {
        try {
          json = JSON.parse(text) as GraphQLBody;
        } catch {
          outcome = 'truncated';
          error = 'JSON body does not parse';
        }
      }
      resolve({ outcome, status, headers, text, json, error, ms: Date.now() - started });
    };
    const req = http.request(url, {
      method: request.method ?? (body ? 'POST' : 'GET'),
      headers: {
        ...(body ? { 'content-length': String(body.length) } : {}),
        ...request.headers,
      },
      agent: request.agent ?? false,
    });
    const timer = setTimeout(() => {
      finish('timeout', `no answer within ${request.timeoutMs ?? 30_000} ms`);
      req.destroy();
    }, request.timeoutMs ?? 30_000);
    req.on('response', (res) => {
      status = res.statusCode ?? 0;
      headers = res.headers;
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const bodiless = request.method === 'HEAD' || status === 204 || status === 304;
        const expected = bodiless ? NaN : Number(res.headers['content-length'] ?? NaN);
        const got = chunks.reduce((n, c) => n + c.length, 0);
        if (res.complete && (Number.isNaN(expected) || expected === got)) finish('response');
        else finish('truncated', `got ${got} of ${expected} bytes`);
      });
      res.on('aborted', () => finish('truncated', 'response aborted'));
      res.on('error', (e) => finish('truncated', e.message));
      res.on('close', () => {
        if (!res.complete) finish('truncated', 'socket closed mid-body');
      });
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (status !== 0) return finish('truncated', error.message);
      if (error.code === 'ECONNREFUSED') return finish('refused', error.code);
      if (error.code === 'ECONNRESET' || /socket hang up/.test(error.message))
        return finish('reset', error.code ?? error.message);
      return finish('error', error.code ?? error.message);
    });
    if (!body) {
      req.end();
    } else if (request.between) {
      const half = Math.floor(body.length / 2);
      req.write(body.subarray(0, half));
      void request.between().then(() => req.end(body.subarray(half)));
    } else {
      req.end(body);
    }
  });
}

/** `extensions.code` of every error of a GraphQL response body. */
export function errorCodes(body: GraphQLBody | undefined): string[] {
  return (body?.errors ?? []).map((e) => String(e.extensions?.code ?? 'NO_CODE'));
}

/** A POST of a GraphQL operation as JSON. */
export function gql(query: string, variables?: unknown, headers: Record<string, string> = {}): RawRequest {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  };
}

export type ChildExit = { code: number | null; signal: NodeJS.Signals | null; at: number };

/** A child process watched line by line. */
export interface WatchedChild {
  child: ChildProcess;
  /** Every line the process printed (stdout and stderr), pino JSON lines included. */
  lines: string[];
  exited: Promise<ChildExit>;
  /** Resolves once its output has all been read (after `exited`). */
  closed: Promise<void>;
  alive(): boolean;
  /**
   * Resolves with the first line (printed so far or later) that `match` accepts; rejects if the
   * process exits first or nothing matches within `timeoutMs`.
   */
  waitForLine(match: (line: string) => boolean, timeoutMs: number, what: string): Promise<string>;
  /** SIGKILL if still running (for afterAll). */
  kill(): Promise<void>;
}

export interface ChildService extends WatchedChild {
  base: string;
  url: string;
  /** Resolves once the service logs `msg` (a pino record) with the given fields. */
  waitForLog(msg: string, fields?: Record<string, unknown>, timeoutMs?: number): Promise<void>;
}

const START_JS = path.join(PROJECT_ROOT, 'dist', 'cli', 'start.js');

/** This process's environment without the settings of its own Neo4j, tokens or test run. */
function inheritedEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('NEO4J_') && !key.startsWith('TEST_') && key !== 'AUTH_TOKENS') env[key] = value;
  }
  return { ...env, NODE_ENV: 'test', LOG_LEVEL: 'info' };
}

/** The environment of a child CLI: the run's Neo4j by NEO4J_URI (so it starts none of its own). */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { uri, password } = runningTestNeo4j();
  return {
    ...inheritedEnv(),
    NEO4J_URI: uri,
    NEO4J_PASSWORD: password,
    NEO4J_BOLT_PORT: String(TEST_BOLT_PORT),
    ...extra,
  };
}

/**
 * The environment of a child on the embedded default: no NEO4J_URI, so it starts (or adopts) the
 * local Neo4j of the instance `extra` names, sized as the test servers are.
 */
export function embeddedEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...inheritedEnv(), NEO4J_HEAP: '512m', NEO4J_PAGECACHE: '128m', ...extra };
}

/** The environment of a nested jest run of this project: its own TEST_* settings, nothing of ours. */
export function nestedRunEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = inheritedEnv();
  delete env.JEST_WORKER_ID;
  return { ...env, ...extra };
}

/** Starts `node <args>` in the project folder and watches what it prints. */
export function spawnWatched(args: string[], env: NodeJS.ProcessEnv): WatchedChild {
  const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  /** Called on every new line and on exit. */
  const watchers = new Set<() => void>();
  let exitInfo: ChildExit | undefined;
  const exited = new Promise<ChildExit>((resolve) =>
    child.once('exit', (code, signal) => {
      exitInfo = { code, signal, at: Date.now() };
      resolve(exitInfo);
      watchers.forEach((watch) => watch());
    }),
  );
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const collect = (stream: NodeJS.ReadableStream | null) => {
    let rest = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      lines.push(...parts);
      if (parts.length > 0) watchers.forEach((watch) => watch());
    });
    stream?.on('end', () => {
      if (rest !== '') lines.push(rest);
    });
  };
  collect(child.stdout);
  collect(child.stderr);
  const tail = () => lines.slice(-20).join('\n');
  const waitForLine = (match: (line: string) => boolean, timeoutMs: number, what: string) =>
    new Promise<string>((resolve, reject) => {
      let seen = 0;
      const watch = () => {
        for (; seen < lines.length; seen++) {
          if (match(lines[seen])) return finish(() => resolve(lines[seen]));
        }
        if (exitInfo) finish(() => reject(new Error(`the process exited before ${what}:\n${tail()}`)));
      };
      const timer = setTimeout(
        () => finish(() => reject(new Error(`no ${what} within ${timeoutMs} ms:\n${tail()}`))),
        timeoutMs,
      );
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        watchers.delete(watch);
        settle();
      };
      watchers.add(watch);
      watch();
    });
  return {
    child,
    lines,
    exited,
    closed,
    alive: () => exitInfo === undefined,
    waitForLine,
    async kill() {
      if (exitInfo) return;
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/**
 * Starts `node dist/cli/start.js` on loopback (on `env.PORT`, else a free port) over the run's
 * Neo4j, or in the environment `environment` makes of `env`; resolves once it serves.
 */
export async function spawnService(
  env: Record<string, string> = {},
  startTimeoutMs = 90_000,
  environment: (extra: Record<string, string>) => NodeJS.ProcessEnv = childEnv,
): Promise<ChildService> {
  if (!fs.existsSync(START_JS)) throw new Error(`${START_JS} is missing: build first (npm test builds)`);
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const watched = spawnWatched([START_JS], environment({ HOST: '127.0.0.1', ...env, PORT: String(port) }));
  try {
    await watched.waitForLine((l) => l.includes('GraphQL endpoint:'), startTimeoutMs, 'start-up');
  } catch (error) {
    await watched.kill();
    throw error;
  }
  const base = `http://127.0.0.1:${port}`;
  return {
    ...watched,
    base,
    url: `${base}/graphql`,
    async waitForLog(msg, fields = {}, timeoutMs = 30_000) {
      const matches = (line: string) => {
        const [record] = logRecords([line]) as Record<string, unknown>[];
        return record?.msg === msg && Object.entries(fields).every(([k, v]) => record[k] === v);
      };
      await watched.waitForLine(matches, timeoutMs, `log line "${msg}" ${JSON.stringify(fields)}`);
    },
  };
}

/** The pino log lines of a child, parsed, in the order they were written. */
export function logRecords(lines: string[]): { msg?: string; time?: number; level?: number }[] {
  return lines
    .filter((l) => l.startsWith('{'))
    .map((l) => {
      try {
        return JSON.parse(l) as { msg?: string; time?: number; level?: number };
      } catch {
        return {};
      }
    });
}

/**
 * Whether a process runs: signal 0 reaches it, and on Linux one of its threads is not a zombie (an
 * orphan that exited but was not reaped; this machine's init does not reap them at once). Every
 * thread: a JVM's main thread is a zombie while the others still run and hold its ports.
 */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  if (!fs.existsSync('/proc/self')) return true;
  // A thread (or the whole process) that is gone between the signal and the read counts as gone.
  const read = <T>(what: () => T, otherwise: T) => {
    try {
      return what();
    } catch {
      return otherwise;
    }
  };
  return read(() => fs.readdirSync(`/proc/${pid}/task`), [] as string[]).some((tid) => {
    const stat = read(() => fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8'), ') X');
    return !['Z', 'X'].includes(stat.slice(stat.lastIndexOf(')') + 2)[0]);
  });
}

/** The running JVMs of a local Neo4j instance, by their command lines (`ps`), zombies left out. */
export function jvmsOf(instanceDir: string): number[] {
  const ps = spawnSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  return ps.stdout
    .split('\n')
    .filter((line) => `${line} `.includes(` --home-dir=${instanceDir} `))
    .map((line) => Number(line.trim().split(/\s+/)[0]))
    .filter(isAlive);
}

/** Runs `node dist/cli/start.js` in `env` to its exit (SIGKILL after `timeoutMs`: it must not hang). */
export async function runStartToExit(env: NodeJS.ProcessEnv, timeoutMs = 60_000) {
  const watched = spawnWatched([START_JS], env);
  const timer = setTimeout(() => void watched.kill(), timeoutMs);
  const exit = await watched.exited;
  clearTimeout(timer);
  await watched.closed;
  return { ...exit, output: watched.lines.join('\n') };
}

/** Runs `work` on `workers` concurrent loops until `until()` says stop or a loop hits its count. */
export async function boundedLoad(
  workers: number,
  maxPerWorker: number,
  until: () => boolean,
  work: (worker: number, i: number) => Promise<void>,
  pauseMs = 0,
): Promise<void> {
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      for (let i = 0; i < maxPerWorker && !until(); i++) {
        await work(worker, i);
        if (pauseMs) await sleep(pauseMs);
      }
    }),
  );
}

/** Shortens a string for a failure message. */
export const clip = (text: string, max = 300) => (text.length > max ? `${text.slice(0, max)}…` : text);
