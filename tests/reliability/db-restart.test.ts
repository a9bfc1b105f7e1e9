/**
 * Database restart under load: while four clients read through the real service, the run's own
 * Neo4j is stopped and started again. Every answer must be the right data or a clean
 * DATABASE_UNAVAILABLE / QUERY_TIMEOUT, none slower than the transaction timeout plus a margin,
 * the service must not crash, and reads must succeed again soon after Neo4j is back.
 */
import { isDeepStrictEqual } from 'node:util';
import { LocalNeo4j } from '../../src/db/local-neo4j/local-neo4j';
import { connectTestDatabase } from '../support/database';
import { serviceSuite } from '../support/service-suite';
import { testConfig } from '../support/test-config';
import { Tally, errorCodes, gql, graphHash, rawRequest, sleep, type RawResponse } from './support';

/**
 * Short, but long enough for a cold Neo4j on a busy 2-core machine to plan the first queries after
 * its restart (planning counts against the transaction timeout; at 3000 ms it took ~30 s to recover).
 */
const TX_TIMEOUT_MS = 5000;
const CONNECT_TIMEOUT_MS = 2000;
const ENV = {
  NEO4J_TX_TIMEOUT_MS: String(TX_TIMEOUT_MS),
  NEO4J_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS),
};
/**
 * NEO4J_TX_TIMEOUT_MS is the transaction timeout and the retry budget: no answer may take longer
 * than that plus one connection attempt and 2 s for a busy machine.
 */
const LATENCY_LIMIT_MS = TX_TIMEOUT_MS + CONNECT_TIMEOUT_MS + 2000;
const WORKERS = 4;
const MAX_REQUESTS_PER_WORKER = 400;
/** Neo4j is stopped this long after the load starts, and started again this long after it stopped. */
const LOAD_BEFORE_STOP_MS = 2000;
const DOWN_FOR_MS = 3000;
/**
 * After Bolt is back, reads must succeed again within this. On a quiet machine it takes well under
 * a second; with the 2 cores shared by other runs (load average 10) the cold Neo4j needed over
 * 30 s to plan and answer its first queries within the 5 s transaction timeout.
 */
const RECOVERY_LIMIT_MS = 60_000;
/** Hard bound of the whole load, whatever happens (a JVM start on a busy 2-core machine is slow). */
const LOAD_HARD_LIMIT_MS = 180_000;
const ALLOWED_ERRORS = new Set(['DATABASE_UNAVAILABLE', 'QUERY_TIMEOUT']);

const QUERY = `{
  municipalities(first: 5) { totalCount edges { node { id name } } }
  delft: node(id: "municipality:delft") { id name kind ... on Municipality { nominatedBy { node { id name } } } }
}`;

describe('database restart under load', () => {
  const suite = serviceSuite(ENV, {
    // The service's own driver, with a short retry budget, over the run's Neo4j.
    connect: () => connectTestDatabase(ENV),
    // Whatever happened, leave the run's Neo4j running for the next test file.
    cleanUp: async () => {
      if (!(await local.status()).running) await local.start();
    },
  });
  let local: LocalNeo4j;
  const neo4jLog: string[] = [];

  beforeAll(() => {
    // Adopts the run's running JVM through its pid file.
    local = new LocalNeo4j(testConfig(), (line) => neo4jLog.push(line));
  });

  it('answers right or DATABASE_UNAVAILABLE, never hangs or crashes, and recovers', async () => {
    const { hash: hashBefore } = await graphHash(suite.database);
    const baseline = await rawRequest(suite.service.base, gql(QUERY));
    expect(baseline.status).toBe(200);
    expect(baseline.json?.errors).toBeUndefined();
    const expected = baseline.json!.data;
    expect(
      (expected as { municipalities: { totalCount: number } }).municipalities.totalCount,
    ).toBeGreaterThan(5);

    interface Sample {
      started: number;
      ended: number;
      ms: number;
      kind: string;
    }
    const samples: Sample[] = [];
    const outcomes = new Tally();
    const wrong: RawResponse[] = [];
    const loadStarted = Date.now();
    let stopLoad = false;
    let boltBackAt = 0;
    let recoveredAt = 0;

    const classify = (res: RawResponse): string => {
      if (res.outcome !== 'response') return `transport:${res.outcome}`;
      if (res.status >= 500) return `http:${res.status}`;
      const codes = errorCodes(res.json);
      if (codes.length === 0) {
        if (isDeepStrictEqual(res.json?.data, expected)) return 'ok';
        wrong.push(res);
        return 'WRONG_DATA';
      }
      // An error must not come with a (partial) answer.
      if (res.json?.data != null) {
        wrong.push(res);
        return 'PARTIAL_DATA';
      }
      return codes.every((c) => ALLOWED_ERRORS.has(c))
        ? codes[0]
        : `unexpected:${[...new Set(codes)].join('+')}`;
    };

    const worker = async () => {
      for (let i = 0; i < MAX_REQUESTS_PER_WORKER && !stopLoad; i++) {
        if (Date.now() - loadStarted > LOAD_HARD_LIMIT_MS) break;
        const started = Date.now();
        const res = await rawRequest(suite.service.base, { ...gql(QUERY), timeoutMs: 60_000 });
        const ended = Date.now();
        const kind = classify(res);
        outcomes.add(kind);
        samples.push({ started, ended, ms: res.ms, kind });
        if (kind === 'ok' && boltBackAt && !recoveredAt && ended >= boltBackAt) recoveredAt = ended;
        await sleep(kind === 'ok' ? 100 : 50);
      }
    };
    const load = Promise.all(Array.from({ length: WORKERS }, worker));

    // The outage: stop the JVM cleanly, stay down a moment, start it again.
    await sleep(LOAD_BEFORE_STOP_MS);
    const stopAt = Date.now();
    const pidBefore = (await local.status()).pid;
    expect(pidBefore).toBeDefined();
    await local.stop();
    const stoppedAt = Date.now();
    await sleep(DOWN_FOR_MS);
    const readyzDown = await rawRequest(suite.service.base, { path: '/readyz', timeoutMs: 20_000 });
    const startAt = Date.now();
    expect(startAt - stopAt).toBeLessThan(20_000);
    await local.start();
    boltBackAt = Date.now();

    // Let the load see the recovery, then a little more, all bounded.
    const deadline = boltBackAt + RECOVERY_LIMIT_MS;
    while (!recoveredAt && Date.now() < deadline) await sleep(100);
    const afterRecovery = Date.now() + 2000;
    while (Date.now() < afterRecovery && Date.now() - loadStarted < LOAD_HARD_LIMIT_MS) await sleep(100);
    stopLoad = true;
    await load;

    const readyzUp = await rawRequest(suite.service.base, { path: '/readyz' });
    const healthz = await rawRequest(suite.service.base, { path: '/healthz' });
    // Ten reads in a row once it is back: all right.
    const after = new Tally();
    for (let i = 0; i < 10; i++) after.add(classify(await rawRequest(suite.service.base, gql(QUERY))));
    const { hash: hashAfter } = await graphHash(suite.database);

    const maxMs = Math.max(...samples.map((s) => s.ms));
    const duringOutage = samples.filter((s) => s.ended >= stopAt && s.started <= (recoveredAt || Date.now()));
    const failed = new Tally();
    for (const s of samples) if (s.kind !== 'ok') failed.add(s.kind);
    console.log(
      `[reliability] db-restart: sent=${samples.length} succeeded=${outcomes.get('ok')} ` +
        `failed=${failed.total()} byCode=${failed} duringOutage=${duringOutage.length} ` +
        `wrongAnswers=${wrong.length} maxLatencyMs=${maxMs} slowerThan${LATENCY_LIMIT_MS}ms=${samples.filter((s) => s.ms > LATENCY_LIMIT_MS).length} ` +
        `neo4jStopMs=${stoppedAt - stopAt} neo4jStartMs=${boltBackAt - startAt} ` +
        `outageToRecoveryMs=${recoveredAt ? recoveredAt - stopAt : 'never'} ` +
        `recoveryAfterBoltMs=${recoveredAt ? recoveredAt - boltBackAt : 'never'} ` +
        `readyzDuringOutage=${readyzDown.status} readyzAfter=${readyzUp.status} afterwards=${after} ` +
        `graph=${hashBefore === hashAfter ? 'unchanged' : 'CHANGED'} loadMs=${Date.now() - loadStarted}`,
    );

    expect(wrong.map((r) => r.text.slice(0, 300))).toEqual([]);
    expect(failed.keys().filter((k) => !ALLOWED_ERRORS.has(k))).toEqual([]);
    // The outage was seen (else the test proved nothing) and reads came back.
    expect(failed.total()).toBeGreaterThan(0);
    expect(outcomes.get('ok')).toBeGreaterThan(0);
    expect(readyzDown.status).toBe(503);
    expect(recoveredAt).toBeGreaterThan(0);
    expect(recoveredAt - boltBackAt).toBeLessThanOrEqual(RECOVERY_LIMIT_MS);
    expect(after.toString()).toBe('{ok: 10}');
    expect(readyzUp.status).toBe(200);
    expect(healthz.status).toBe(200);
    expect(hashAfter).toBe(hashBefore);
    // Last, so that everything above is checked even while this fails: no answer past the budget.
    const slow = samples.filter((s) => s.ms > LATENCY_LIMIT_MS).map((s) => `${s.kind} after ${s.ms} ms`);
    expect(slow).toEqual([]);
  }, 300_000);
});
