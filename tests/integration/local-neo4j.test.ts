import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config/config';
import { Database } from '../../src/db/database';
import { LocalNeo4j } from '../../src/db/local-neo4j/local-neo4j';
import { serviceSuite } from '../support/service-suite';
import { TEST_BOLT_PORT, TEST_ENV, TEST_INSTANCE, testConfig } from '../support/test-config';

// A second, throw-away instance: the run's main Neo4j is never stopped or given a wrong password.
const ENV = {
  NEO4J_INSTANCE: `${TEST_INSTANCE}-lifecycle`,
  NEO4J_BOLT_PORT: String(TEST_BOLT_PORT + 1),
  NEO4J_PASSWORD: 'lifecycle-secret',
};
const URI = `bolt://127.0.0.1:${ENV.NEO4J_BOLT_PORT}`;

function javaProcessesOf(local: LocalNeo4j): string[] {
  const out = spawnSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).stdout;
  return out.split('\n').filter((line) => line.includes(`--home-dir=${local.paths.instance} `));
}

function runStart(env: Record<string, string>) {
  return spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'dist', 'cli', 'start.js')], {
    env: { ...process.env, ...TEST_ENV, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

async function readyzStatus(base: string): Promise<number> {
  return (await fetch(`${base}/readyz`)).status;
}

async function eventually(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

describe('the local Neo4j launcher and readiness', () => {
  const config = testConfig(ENV);
  const local = new LocalNeo4j(config, () => undefined);
  const suite = serviceSuite(
    {},
    {
      // A driver on the throw-away instance, which is not running yet.
      connect: async () => {
        await local.stop();
        fs.rmSync(local.paths.instance, { recursive: true, force: true });
        return Database.connect(config.neo4j, { uri: URI, user: 'neo4j', password: ENV.NEO4J_PASSWORD });
      },
    },
  );

  // Stopped after the service and its driver.
  afterAll(() => local.stop());

  it('reports not ready, and DATABASE_UNAVAILABLE, while Neo4j is down', async () => {
    expect(await readyzStatus(suite.service.base)).toBe(503);
    const { body } = await suite.service.post('{ health { database } }');
    expect(body.errors?.[0].extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(JSON.stringify(body)).not.toMatch(/dbms\.components|CALL /);
  });

  it('starts Neo4j on loopback with authentication on, and becomes ready', async () => {
    const started = await local.start();
    expect(started).toMatchObject({
      uri: URI,
      user: 'neo4j',
      password: ENV.NEO4J_PASSWORD,
      startedNow: true,
    });
    expect(await local.status()).toMatchObject({ running: true, uri: URI });
    const conf = fs.readFileSync(path.join(local.paths.conf, 'neo4j.conf'), 'utf8');
    expect(conf).toContain('server.default_listen_address=127.0.0.1');
    expect(conf).toContain('dbms.security.auth_enabled=true');
    expect(await eventually(async () => (await readyzStatus(suite.service.base)) === 200)).toBe(true);
    const { body } = await suite.service.post<{ health: { database: string } }>('{ health { database } }');
    expect(body.data?.health.database).toMatch(/^Neo4j Kernel 5\.26/);
    // The launcher's own bound (NEO4J_START_TIMEOUT_MS, 120 s) plus a margin: a cold JVM start on
    // a busy 2-core machine took over 60 s.
  }, 150_000);

  it('adopts the running instance instead of starting a second JVM', async () => {
    const again = await local.start();
    expect(again.startedNow).toBe(false);
    expect(javaProcessesOf(local)).toHaveLength(1);
  });

  it('says in one line that the password is wrong', () => {
    const run = runStart({ NEO4J_URI: URI, NEO4J_PASSWORD: 'not-the-password' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      'Error: Cannot use the Neo4j database: it refused the credentials of user "neo4j" (check NEO4J_USER and NEO4J_PASSWORD)',
    ]);
  });

  it('says in one line that the database cannot be reached', () => {
    const run = runStart({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'whatever-password' });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Error: Cannot use the Neo4j database: .*(ECONNREFUSED|connect)/i);
  });

  it('names a bad variable instead of starting', () => {
    const run = runStart({ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'whatever-password' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('NEO4J_URI: must start with one of bolt://');
  });

  it('stops cleanly: no JVM left, and readiness drops', async () => {
    expect(await local.stop()).toBe(true);
    expect(javaProcessesOf(local)).toEqual([]);
    expect(await local.status()).toMatchObject({ running: false });
    expect(await eventually(async () => (await readyzStatus(suite.service.base)) === 503)).toBe(true);
    const status = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'dist', 'cli', 'db.js'), 'status'], {
      env: { ...process.env, ...TEST_ENV, ...ENV },
      encoding: 'utf8',
    });
    expect(status.stdout.trim()).toBe('stopped');
    expect(status.status).toBe(3);
  });
});
