import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InstanceClaim, InstanceInUseError, liveOwner } from '../../src/db/local-neo4j/owner';
import { localNeo4jPaths } from '../../src/db/local-neo4j/paths';
import { startTimeOf } from '../../src/db/local-neo4j/processes';

/**
 * The owner file of a local instance, on real processes (no Neo4j): a live owner refuses a second
 * claim, a dead one (or a pid reused since) does not, and only the owner's own release removes it.
 */
const REQUEST = { holder: 'a service', boltPort: 7777, hint: 'Run a second one elsewhere.' };

function sleeper(): ChildProcess {
  return spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
}

describe('the instance owner file', () => {
  let home: string;
  let paths: ReturnType<typeof localNeo4jPaths>;
  const children: ChildProcess[] = [];

  const writeOwner = (owner: object) => {
    fs.mkdirSync(paths.instance, { recursive: true });
    fs.writeFileSync(paths.ownerFile, JSON.stringify(owner));
  };
  const running = async () => {
    const child = sleeper();
    children.push(child);
    await new Promise((resolve) => child.once('spawn', resolve));
    return child.pid!;
  };

  beforeEach(() => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'gouden-owner-'));
    paths = localNeo4jPaths({
      home,
      instance: 'one',
      boltPort: 7777,
      heap: '512m',
      pageCache: '128m',
      startTimeoutMs: 1000,
      java: 'java',
    });
  });
  afterEach(() => fs.rmSync(home, { recursive: true, force: true }));
  afterAll(() => children.forEach((child) => child.kill('SIGKILL')));

  it('is claimed by this process, names it and its endpoint, and is gone once released', () => {
    const claim = InstanceClaim.take(paths, REQUEST);
    expect(claim.previous).toBeUndefined();
    claim.announce('http://127.0.0.1:4000/graphql');
    expect(liveOwner(paths)).toMatchObject({
      pid: process.pid,
      holder: 'a service',
      boltPort: 7777,
      url: 'http://127.0.0.1:4000/graphql',
    });
    claim.release();
    expect(fs.existsSync(paths.ownerFile)).toBe(false);
    expect(liveOwner(paths)).toBeUndefined();
  });

  it('refuses a second claim while its owner runs, naming pid, endpoint and Bolt port', async () => {
    const pid = await running();
    writeOwner({
      pid,
      started: startTimeOf(pid),
      holder: 'a service',
      boltPort: 7777,
      url: 'http://h:4000/graphql',
    });
    let refusal: unknown;
    try {
      InstanceClaim.take(paths, REQUEST);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(InstanceInUseError);
    expect((refusal as Error).message).toBe(
      `The local Neo4j instance ${paths.instance} is in use by a service ` +
        `(pid ${pid}, serving http://h:4000/graphql, Neo4j on bolt://127.0.0.1:7777). Run a second one elsewhere.`,
    );
    // Refused, it left the owner's file as it was.
    expect(liveOwner(paths)?.pid).toBe(pid);
  });

  it('is taken over from an owner that died without releasing it', async () => {
    const child = sleeper();
    await new Promise((resolve) => child.once('spawn', resolve));
    const pid = child.pid!;
    const started = startTimeOf(pid);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    writeOwner({ pid, started, holder: 'a service', boltPort: 7777 });

    const claim = InstanceClaim.take(paths, REQUEST);
    expect(claim.previous?.pid).toBe(pid);
    expect(liveOwner(paths)?.pid).toBe(process.pid);
    claim.release();
  });

  it('is taken over when its pid now belongs to a process that started later', async () => {
    const pid = await running();
    writeOwner({ pid, started: 'another start', holder: 'a service', boltPort: 7777 });
    expect(liveOwner(paths)).toBeUndefined();
    const claim = InstanceClaim.take(paths, REQUEST);
    expect(claim.previous?.pid).toBe(pid);
    claim.release();
  });

  it('is taken over when the file does not parse', () => {
    writeOwner({});
    fs.writeFileSync(paths.ownerFile, '{"pid": 12');
    const claim = InstanceClaim.take(paths, REQUEST);
    expect(claim.previous).toBeUndefined();
    expect(liveOwner(paths)?.pid).toBe(process.pid);
    claim.release();
  });

  it("is not removed by a release that is not its owner's", async () => {
    const claim = InstanceClaim.take(paths, REQUEST);
    claim.release();
    const pid = await running();
    writeOwner({ pid, started: startTimeOf(pid), holder: 'a test run', boltPort: 7777 });
    claim.release();
    expect(liveOwner(paths)?.pid).toBe(pid);
  });
});
