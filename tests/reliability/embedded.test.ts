/**
 * The embedded default as a user runs it: `node dist/cli/start.js` without NEO4J_URI, on a local
 * instance of its own (wiped first). A cold start imports the seeds and starts Neo4j once; a second
 * service in the same folder is refused and the first keeps serving; a service killed with SIGKILL
 * leaves its JVM running, the next start adopts it, and SIGTERM of that one stops it. The same for
 * the test harness: a nested test run killed mid-way leaves its test Neo4j to the next run, which
 * leaves none. Whether a JVM runs is asked of the processes (signal 0, /proc, `ps`), never of a log.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Database } from '../../src/db/database';
import { LocalNeo4j } from '../../src/db/local-neo4j/local-neo4j';
import { connectTestDatabase } from '../support/database';
import { type Row, cypher } from '../support/graph-snapshot';
import { EMBEDDED_TEST, KILLED_RUN_TEST, testConfig } from '../support/test-config';
import { type TestInstance, startTestInstance, stopTestInstance } from '../support/test-neo4j';
import {
  type ChildService,
  PROJECT_ROOT,
  type WatchedChild,
  embeddedEnv,
  gql,
  isAlive,
  jvmsOf,
  logRecords,
  nestedRunEnv,
  rawRequest,
  runStartToExit,
  spawnService,
  spawnWatched,
} from './support';

const ENV = {
  NEO4J_INSTANCE: EMBEDDED_TEST.instance,
  NEO4J_BOLT_PORT: String(EMBEDDED_TEST.boltPort),
};
const [FIRST_PORT, SECOND_PORT] = EMBEDDED_TEST.httpPorts.map(String);
const START_JS = path.join(PROJECT_ROOT, 'dist', 'cli', 'start.js');
/** Hang guards only: an import and a cold JVM on a busy 2-core machine can take minutes. */
const COLD_START_MS = 300_000;
const WARM_START_MS = 180_000;
const COUNT = '{ municipalities(first: 1) { totalCount } }';
const SCHEMA = `SHOW INDEXES YIELD name, type, state WHERE type <> 'LOOKUP' RETURN name, type, state ORDER BY name`;

const startingLines = (service: ChildService) =>
  logRecords(service.lines).filter((record) => record.msg?.startsWith('Starting Neo4j'));

/** `node dist/cli/db.js <command>` on the test's instance, run to its exit. */
async function runDbCli(command: string) {
  const run = spawnWatched([path.join(PROJECT_ROOT, 'dist', 'cli', 'db.js'), command], embeddedEnv(ENV));
  const exit = await run.exited;
  await run.closed;
  return { code: exit.code, output: run.lines.join('\n') };
}

async function municipalities(service: ChildService): Promise<number> {
  const res = await rawRequest(service.base, gql(COUNT));
  const data = res.json?.data as { municipalities?: { totalCount: number } } | undefined;
  return data?.municipalities?.totalCount ?? -1;
}

describe('the embedded default: one Neo4j start, and never a JVM left behind', () => {
  const local = new LocalNeo4j(testConfig(ENV), () => undefined);
  const spawned: WatchedChild[] = [];
  /** The instance's JVM, from its pid file once the first service serves. */
  let jvm = 0;

  const start = async (port: string, timeoutMs: number) => {
    const service = await spawnService({ ...ENV, PORT: port }, timeoutMs, embeddedEnv);
    spawned.push(service);
    return service;
  };

  beforeAll(async () => {
    await local.stop();
    fs.rmSync(local.paths.instance, { recursive: true, force: true });
  });
  afterAll(async () => {
    for (const service of spawned) await service.kill();
    // Whatever failed above: no JVM of this instance outlives the file.
    await local.stop();
    fs.rmSync(local.paths.instance, { recursive: true, force: true });
  });

  let first: ChildService;

  it(
    'cold start: imports the seeds, starts Neo4j once, applies the schema and serves',
    async () => {
      const startedAt = Date.now();
      first = await start(FIRST_PORT, COLD_START_MS);
      const readyMs = Date.now() - startedAt;
      const records = logRecords(first.lines);
      const imported = records.some((record) => record.msg === 'seeded through the importer');
      const stops = records.filter((record) => record.msg === 'Neo4j stopped');
      const count = await municipalities(first);
      jvm = Number(fs.readFileSync(local.paths.pidFile, 'utf8'));
      const jvms = jvmsOf(local.paths.instance);

      // The schema applied, every index online: the same indexes as the run's transactionally seeded Neo4j.
      const password = fs.readFileSync(local.paths.passwordFile, 'utf8').trim();
      const embedded = Database.connect(testConfig(ENV).neo4j, { uri: local.uri, user: 'neo4j', password });
      const reference = connectTestDatabase();
      let indexes: Row[];
      let expected: Row[];
      try {
        indexes = await cypher(embedded, SCHEMA);
        expected = await cypher(reference, SCHEMA);
      } finally {
        await embedded.close();
        await reference.close();
      }
      const online = indexes.filter((index) => index.state === 'ONLINE');
      console.log(
        `[reliability] embedded cold start: importer=${imported} startingNeo4jLines=${startingLines(first).length} ` +
          `neo4jStoppedLines=${stops.length} municipalities=${count} jvm=${jvm} jvmsOfInstance=${jvms.length} ` +
          `indexes=${online.length}/${indexes.length} online (reference ${expected.length}) readyMs=${readyMs}`,
      );

      expect(imported).toBe(true);
      expect(startingLines(first)).toHaveLength(1);
      expect(stops).toEqual([]);
      expect(count).toBeGreaterThan(5);
      expect(isAlive(jvm)).toBe(true);
      expect(jvms).toEqual([jvm]);
      expect(indexes.length).toBeGreaterThan(10);
      expect(online).toEqual(indexes);
      expect(indexes).toEqual(expected);
    },
    COLD_START_MS + 60_000,
  );

  it('refuses a second service in the same folder, naming the first, and the first serves on', async () => {
    const second = await runStartToExit(embeddedEnv({ ...ENV, HOST: '127.0.0.1', PORT: SECOND_PORT }));
    console.log(
      `[reliability] embedded second start: exit=${second.code ?? second.signal} ` +
        `said=${JSON.stringify(second.output.split('\n').find((line) => line.includes('in use')))}`,
    );
    expect(second.signal).toBeNull();
    expect(second.code).toBe(1);
    expect(second.output).toContain(`is in use by a service (pid ${first.child.pid}, serving ${first.url}`);
    expect(second.output).toContain(`bolt://127.0.0.1:${EMBEDDED_TEST.boltPort}`);
    for (const name of ['PORT=', 'NEO4J_INSTANCE=', 'NEO4J_BOLT_PORT='])
      expect(second.output).toContain(name);

    // Nor does `npm run db:stop` pull the Neo4j from under it; `db:status` names who holds it.
    const dbStop = await runDbCli('stop');
    expect(dbStop.code).toBe(1);
    expect(dbStop.output).toContain(`is in use by a service (pid ${first.child.pid}`);
    const dbStatus = await runDbCli('status');
    expect(dbStatus.code).toBe(0);
    expect(dbStatus.output).toContain(`held by a service (pid ${first.child.pid}, ${first.url})`);

    expect(first.alive()).toBe(true);
    expect(await municipalities(first)).toBeGreaterThan(5);
    expect(jvmsOf(local.paths.instance)).toEqual([jvm]);
  }, 90_000);

  it(
    'after kill -9 of the service, the next start adopts its JVM and SIGTERM stops it',
    async () => {
      first.child.kill('SIGKILL');
      await first.exited;
      // The JVM outlived its service: what the next start must take over.
      const orphaned = isAlive(jvm);

      const next = await start(SECOND_PORT, WARM_START_MS);
      const adopted = jvmsOf(local.paths.instance);
      const count = await municipalities(next);
      const signalledAt = Date.now();
      next.child.kill('SIGTERM');
      const exit = await next.exited;
      const jvmAfter = isAlive(jvm);
      const left = jvmsOf(local.paths.instance);
      console.log(
        `[reliability] embedded kill -9: jvmAfterKill=${orphaned ? 'running' : 'gone'} ` +
          `nextStart: startingNeo4jLines=${startingLines(next).length} jvms=${adopted} (was ${jvm}) ` +
          `municipalities=${count}; SIGTERM: exit=${exit.code ?? exit.signal} in ${exit.at - signalledAt} ms, ` +
          `jvm=${jvmAfter ? 'RUNNING' : 'gone'} jvmsOfInstanceLeft=${left.length}`,
      );

      expect(orphaned).toBe(true);
      expect(startingLines(next)).toEqual([]);
      expect(adopted).toEqual([jvm]);
      expect(count).toBeGreaterThan(5);
      expect(exit.code).toBe(0);
      expect(jvmAfter).toBe(false);
      expect(left).toEqual([]);
      expect(fs.existsSync(local.paths.ownerFile)).toBe(false);
    },
    WARM_START_MS + 120_000,
  );

  it(
    'SIGTERM during start-up: the start-up ends, then the service stops in order, its Neo4j too',
    async () => {
      const starting = spawnWatched([START_JS], embeddedEnv({ ...ENV, HOST: '127.0.0.1', PORT: FIRST_PORT }));
      spawned.push(starting);
      const line = await starting.waitForLine(
        (l) => l.includes('Starting Neo4j (pid'),
        WARM_START_MS,
        'a JVM',
      );
      const startedJvm = Number(/Starting Neo4j \(pid (\d+)\)/.exec(line)![1]);
      starting.child.kill('SIGTERM');
      const timer = setTimeout(() => void starting.kill(), WARM_START_MS);
      const exit = await starting.exited;
      clearTimeout(timer);
      const records = logRecords(starting.lines);
      const jvmAfter = isAlive(startedJvm);
      const left = jvmsOf(local.paths.instance);
      console.log(
        `[reliability] embedded SIGTERM during start-up: exit=${exit.code ?? exit.signal} ` +
          `jvm=${jvmAfter ? 'RUNNING' : 'gone'} jvmsOfInstanceLeft=${left.length} ` +
          `log=${records.map((r) => r.msg).filter((msg) => /start-up|shut down|Neo4j stopped/.test(msg ?? ''))}`,
      );

      expect(exit.code).toBe(0);
      expect(records.some((r) => r.msg === 'shut down cleanly')).toBe(true);
      expect(jvmAfter).toBe(false);
      expect(left).toEqual([]);
      expect(fs.existsSync(local.paths.ownerFile)).toBe(false);
    },
    WARM_START_MS + 120_000,
  );
});

describe('the test harness after a run killed mid-way', () => {
  const config = testConfig({
    NEO4J_INSTANCE: KILLED_RUN_TEST.instance,
    NEO4J_BOLT_PORT: String(KILLED_RUN_TEST.boltPort),
  });
  const local = new LocalNeo4j(config, () => undefined);
  /** A nested run of the reliability project (any file will do: it is killed or refused in its global setup). */
  const jest = [
    path.join(PROJECT_ROOT, 'node_modules', 'jest', 'bin', 'jest.js'),
    '--selectProjects',
    'reliability',
    '--runInBand',
    'tests/reliability/shutdown.test.ts',
  ];
  const runs: WatchedChild[] = [];
  let instance: TestInstance | undefined;

  const nestedRun = () => {
    const run = spawnWatched(jest, nestedRunEnv(KILLED_RUN_TEST.env));
    runs.push(run);
    return run;
  };

  beforeAll(async () => {
    await local.stop();
    fs.rmSync(local.paths.instance, { recursive: true, force: true });
  });
  afterAll(async () => {
    for (const run of runs) await run.kill();
    if (instance) await stopTestInstance(instance);
    await local.stop();
    fs.rmSync(local.paths.instance, { recursive: true, force: true });
  });

  it('leaves its Neo4j to the next run, which refuses to share it, takes it over and leaves no JVM', async () => {
    const killed = nestedRun();
    await killed.waitForLine(
      (line) => line.includes('[test neo4j reliability] Neo4j is up'),
      240_000,
      'its Neo4j',
    );
    killed.child.kill('SIGKILL');
    await killed.exited;
    const orphan = Number(fs.readFileSync(local.paths.pidFile, 'utf8'));
    const leftByKilled = jvmsOf(local.paths.instance);

    // The next run: the harness's own start, in this process.
    const log: string[] = [];
    instance = await startTestInstance(config, (line) => log.push(line));
    const orphanAfterNext = isAlive(orphan);
    const jvms = jvmsOf(local.paths.instance);

    // A run started meanwhile on the same instance is refused, and stops and wipes nothing.
    const refused = nestedRun();
    const timer = setTimeout(() => void refused.kill(), 240_000);
    const refusedExit = await refused.exited;
    clearTimeout(timer);
    await refused.closed;
    const jvmsAfterRefusal = jvmsOf(local.paths.instance);

    await stopTestInstance(instance);
    instance = undefined;
    const left = jvmsOf(local.paths.instance);
    console.log(
      `[reliability] killed test run: jvmsLeftByIt=${leftByKilled} (pid file ${orphan}); next run: ` +
        `orphan=${orphanAfterNext ? 'RUNNING' : 'gone'} jvms=${jvms}; run refused meanwhile: ` +
        `exit=${refusedExit.code ?? refusedExit.signal} jvms=${jvmsAfterRefusal}; after its end: jvmsOfInstanceLeft=${left.length}`,
    );

    expect(leftByKilled).toEqual([orphan]);
    expect(log).toContain(
      `the run that held this instance (pid ${killed.child.pid}) is gone: taking it over`,
    );
    expect(orphanAfterNext).toBe(false);
    expect(jvms).toHaveLength(1);
    expect(jvms[0]).not.toBe(orphan);
    expect(refusedExit.code).not.toBe(0);
    expect(refused.lines.join('\n')).toContain(`is in use by a test run (pid ${process.pid}`);
    expect(jvmsAfterRefusal).toEqual(jvms);
    expect(isAlive(jvms[0])).toBe(false);
    expect(left).toEqual([]);
    expect(fs.existsSync(local.paths.ownerFile)).toBe(false);
  }, 720_000);
});
