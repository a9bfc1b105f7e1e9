import { execFileSync, fork } from 'node:child_process';
import fs from 'node:fs';
import autocannon from 'autocannon';

/** One measured run: what the parent asks for. */
export interface LoadSpec {
  url: string;
  /** Request bodies (JSON), sent in rotation. */
  bodies: string[];
  connections: number;
  seconds: number;
}

/** What one run saw: every response time (ms), failures (non-2xx, a body with `errors`, a timeout), duration (s). */
interface Run {
  latencies: number[];
  failures: number;
  seconds: number;
}

/** A run, and the CPU time the servers' process and the Neo4j JVM spent meanwhile (ms). */
export interface Sample extends Run {
  cpuMs: { service: number; neo4j: number };
}

export interface LoadResult {
  requests: number;
  failures: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** CPU ms per request: this process (the servers, idle but the one measured) and the Neo4j JVM. */
  cpuPerRequest: { service: number; neo4j: number };
}

const TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) || 100;
  } catch {
    return 100;
  }
})();

/** CPU time used so far (ms): this process, and another by pid from /proc (NaN where there is none). */
function cpuNow(pid?: number): { service: number; neo4j: number } {
  const { user, system } = process.cpuUsage();
  let neo4j = NaN;
  try {
    // Fields 14 and 15 of /proc/<pid>/stat (after the parenthesised name): user and system ticks.
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    neo4j = ((Number(fields[11]) + Number(fields[12])) / TICKS) * 1000;
  } catch {
    // not Linux, or no pid: reported as NaN
  }
  return { service: (user + system) / 1000, neo4j };
}

/** Several runs of one target as one result: requests per second over their total time, percentiles over all. */
export function summarise(samples: Sample[]): LoadResult {
  const latencies = samples.flatMap((s) => s.latencies).sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  const seconds = samples.reduce((sum, s) => sum + s.seconds, 0);
  const failures = samples.reduce((sum, s) => sum + s.failures, 0);
  const perRequest = (key: 'service' | 'neo4j') =>
    samples.reduce((sum, s) => sum + s.cpuMs[key], 0) / latencies.length;
  return {
    requests: latencies.length,
    failures,
    rps: latencies.length / seconds,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    cpuPerRequest: { service: perRequest('service'), neo4j: perRequest('neo4j') },
  };
}

/**
 * Runs autocannon in a child process, so the load generator never shares the event loop (or its
 * garbage collector) with the servers it measures, and counts the CPU the servers' process and the
 * Neo4j JVM (`neo4jPid`) spent meanwhile.
 */
export async function measure(spec: LoadSpec, neo4jPid?: number): Promise<Sample> {
  const before = cpuNow(neo4jPid);
  const run = await inChild(spec);
  const after = cpuNow(neo4jPid);
  return { ...run, cpuMs: { service: after.service - before.service, neo4j: after.neo4j - before.neo4j } };
}

/** The child is killed if it overruns. */
function inChild(spec: LoadSpec): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, [], { stdio: 'inherit' });
    const timer = setTimeout(
      () => {
        child.kill('SIGKILL');
        reject(new Error(`load generator overran on ${spec.url}`));
      },
      (spec.seconds + 30) * 1000,
    );
    child.once('message', (result: Run) => {
      clearTimeout(timer);
      resolve(result);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code !== 0) reject(new Error(`load generator exited with ${code}`));
    });
    child.send(spec);
  });
}

function run(spec: LoadSpec): Promise<Run> {
  const latencies: number[] = [];
  let next = 0;
  let failures = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: spec.url,
        connections: spec.connections,
        duration: spec.seconds,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        requests: [
          {
            setupRequest: (req) => ({ ...req, body: spec.bodies[next++ % spec.bodies.length] }),
            onResponse: (status, body) => {
              if (status !== 200 || body.includes('"errors"')) failures++;
            },
          },
        ],
      },
      // result.errors: connection errors and timeouts (10 s), which never reach onResponse.
      (error, result) =>
        error
          ? reject(error)
          : resolve({
              latencies,
              failures: failures + result.errors,
              seconds: result.duration || spec.seconds,
            }),
    );
    instance.on('response', (_client, _status, _bytes, ms: number) => latencies.push(ms));
  });
}

// In the child: run, report, exit.
if (require.main === module) {
  process.once('message', async (spec: LoadSpec) => {
    process.send?.(await run(spec));
    process.exit(0);
  });
}
