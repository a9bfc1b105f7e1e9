/**
 * Durability: N acknowledged editor mutations, then `kill -9` of the Neo4j JVM (no clean shutdown,
 * no checkpoint) while a writer is still sending more, then a new start: every acknowledged write is
 * there, with its audit event, and the mutations that were refused left nothing behind.
 */
import { LocalNeo4j } from '../../src/db/local-neo4j/local-neo4j';
import { AS, DOC_003, EXCERPT_003, cypher } from '../support/curation';
import { serviceSuite } from '../support/service-suite';
import { testConfig } from '../support/test-config';
import { AUTH_ENV } from '../support/tokens';
import { Tally, errorCodes, gql, isAlive, rawRequest, sleep } from './support';

const N = 30;
const CONCURRENCY = 3;
const PREFIX = 'theme:reliability-durable-';
const INFLIGHT_PREFIX = 'theme:reliability-inflight-';
const REFUSED_PREFIX = 'theme:reliability-refused-';
const MAX_INFLIGHT_WRITES = 200;
const RECOVERY_LIMIT_MS = 60_000;

const CREATE_THEME = `mutation ($input: CreateThemeInput!) { createTheme(input: $input) { id name version } }`;
const evidence = [{ document: DOC_003, excerpt: EXCERPT_003 }];

describe('durability of acknowledged writes across kill -9 of Neo4j', () => {
  const suite = serviceSuite(
    { ...AUTH_ENV, NEO4J_TX_TIMEOUT_MS: '5000' },
    {
      // Whatever happened, Neo4j runs again before the editors' work is removed.
      cleanUp: async () => {
        if (!(await local.status()).running) await local.start();
      },
      pristine: true,
    },
  );
  let local: LocalNeo4j;

  beforeAll(() => {
    local = new LocalNeo4j(testConfig(), () => undefined);
  });

  const createTheme = (id: string, name: string, ev: unknown = evidence) =>
    rawRequest(suite.service.base, {
      ...gql(CREATE_THEME, { input: { id, name, evidence: ev } }, AS.editor),
      timeoutMs: 60_000,
    });

  it('keeps every acknowledged mutation, and nothing of a refused one', async () => {
    // N acknowledged creates, three at a time.
    const acknowledged: string[] = [];
    const firstFailures = new Tally();
    for (let i = 0; i < N; i += CONCURRENCY) {
      const batch = Array.from({ length: Math.min(CONCURRENCY, N - i) }, (_, k) => i + k);
      const results = await Promise.all(
        batch.map(async (n) => ({
          id: `${PREFIX}${n}`,
          res: await createTheme(`${PREFIX}${n}`, `Reliability durable ${n}`),
        })),
      );
      for (const { id, res } of results) {
        const codes = errorCodes(res.json);
        if (res.status === 200 && codes.length === 0 && res.json?.data) acknowledged.push(id);
        else firstFailures.add(codes[0] ?? `http:${res.status}`);
      }
    }
    expect(firstFailures.toString()).toBe('{}');
    expect(acknowledged).toHaveLength(N);

    // Refused mutations: each must leave nothing (checked after the crash too).
    const refusals = {
      notVerbatim: await createTheme(`${REFUSED_PREFIX}1`, 'Refused 1', [
        { document: DOC_003, excerpt: EXCERPT_003 },
        { document: DOC_003, excerpt: 'Deze zin staat in geen enkel document.' },
      ]),
      unknownDocument: await createTheme(`${REFUSED_PREFIX}2`, 'Refused 2', [
        { document: 'document:999-does-not-exist', excerpt: EXCERPT_003 },
      ]),
      takenId: await createTheme(`${PREFIX}0`, 'A new name for a taken id'),
      noEvidence: await createTheme(`${REFUSED_PREFIX}3`, 'Refused 3', []),
    };
    const refusalCodes = Object.fromEntries(
      Object.entries(refusals).map(([what, res]) => [what, errorCodes(res.json)[0]]),
    );
    expect(refusalCodes).toEqual({
      notVerbatim: 'BAD_USER_INPUT',
      unknownDocument: 'BAD_USER_INPUT',
      takenId: 'CONFLICT',
      noEvidence: 'BAD_USER_INPUT',
    });

    // A writer keeps creating while the JVM is killed: what it was told is written must survive.
    let stopWriter = false;
    const inflight = { acked: [] as string[], failed: [] as string[], codes: new Tally(), maxMs: 0 };
    const writer = (async () => {
      for (let j = 0; j < MAX_INFLIGHT_WRITES && !stopWriter; j++) {
        const id = `${INFLIGHT_PREFIX}${j}`;
        const res = await createTheme(id, `Reliability in flight ${j}`);
        const codes = errorCodes(res.json);
        inflight.maxMs = Math.max(inflight.maxMs, res.ms);
        if (res.status === 200 && codes.length === 0 && res.json?.data) inflight.acked.push(id);
        else {
          inflight.failed.push(id);
          inflight.codes.add(codes[0] ?? `transport:${res.outcome}:${res.status}`);
        }
        await sleep(codes.length ? 500 : 20);
      }
    })();
    await sleep(1000);

    const { pid } = await local.status();
    expect(pid).toBeDefined();
    const killedAt = Date.now();
    process.kill(pid!, 'SIGKILL');
    for (let i = 0; i < 100 && isAlive(pid!); i++) await sleep(100);
    expect(isAlive(pid!)).toBe(false);
    const restartAt = Date.now();
    await local.start();
    const boltBackAt = Date.now();

    // The service comes back on its own (same driver, no restart of the service).
    let recoveredAt = 0;
    while (!recoveredAt && Date.now() - boltBackAt < RECOVERY_LIMIT_MS) {
      const res = await rawRequest(suite.service.base, gql('{ themes(first: 1) { totalCount } }'));
      if (res.status === 200 && errorCodes(res.json).length === 0) recoveredAt = Date.now();
      else await sleep(250);
    }
    await sleep(500);
    stopWriter = true;
    await writer;

    // Every acknowledged write is there, with its audit event.
    const ids = [...acknowledged, ...inflight.acked];
    const found = await cypher(
      suite.database,
      `UNWIND $ids AS id OPTIONAL MATCH (t:Theme {id: id})
       OPTIONAL MATCH (e:AuditEvent {target: id})
       RETURN id, t IS NOT NULL AS present, count(e) AS audits`,
      { ids },
    );
    const present = found.filter((r) => r.present && r.audits === 1).map((r) => r.id);
    // Writes the writer saw fail while Neo4j died: either wholly there or wholly absent.
    const ambiguous = await cypher(
      suite.database,
      `UNWIND $ids AS id OPTIONAL MATCH (t:Theme {id: id}) OPTIONAL MATCH (e:AuditEvent {target: id})
       RETURN id, t IS NOT NULL AS present, count(e) AS audits`,
      { ids: inflight.failed },
    );
    const halfWritten = ambiguous.filter((r) => (r.present ? 1 : 0) !== r.audits);
    const unackedButPresent = ambiguous.filter((r) => r.present).length;
    const [leftovers] = await cypher(
      suite.database,
      `CALL () { MATCH (n) WHERE n.id STARTS WITH $refused RETURN count(n) AS nodes }
       CALL () { MATCH (e:AuditEvent) WHERE e.target STARTS WITH $refused RETURN count(e) AS audits }
       CALL () { MATCH (t:Theme {id: $taken}) RETURN t.name AS takenName, t.version AS takenVersion }
       RETURN nodes, audits, takenName, takenVersion`,
      { refused: REFUSED_PREFIX, taken: `${PREFIX}0` },
    );
    const viaApi = await rawRequest(
      suite.service.base,
      gql('{ themes(first: 100, filter: { nameContains: "Reliability durable" }) { totalCount } }'),
    );

    console.log(
      `[reliability] durability: acknowledgedBeforeKill=${acknowledged.length} foundAfterRestart=` +
        `${present.filter((id) => acknowledged.includes(id as string)).length} ` +
        `inFlightWriter: sent=${inflight.acked.length + inflight.failed.length} acknowledged=${inflight.acked.length} ` +
        `found=${present.filter((id) => inflight.acked.includes(id as string)).length} failed=${inflight.failed.length} ` +
        `byCode=${inflight.codes} writerMaxLatencyMs=${inflight.maxMs} unacknowledgedButCommitted=${unackedButPresent} halfWritten=${halfWritten.length} ` +
        `refused=${JSON.stringify(refusalCodes)} refusedLeftovers=${leftovers.nodes}+${leftovers.audits} ` +
        `neo4jStartMs=${boltBackAt - restartAt} recoveryAfterBoltMs=${recoveredAt ? recoveredAt - boltBackAt : 'never'} ` +
        `killToRecoveryMs=${recoveredAt ? recoveredAt - killedAt : 'never'}`,
    );

    expect(present.sort()).toEqual([...ids].sort());
    expect(halfWritten).toEqual([]);
    expect(leftovers).toEqual({ nodes: 0, audits: 0, takenName: 'Reliability durable 0', takenVersion: 1 });
    expect(recoveredAt).toBeGreaterThan(0);
    expect(viaApi.json?.data).toEqual({ themes: { totalCount: N } });
  }, 240_000);
});
