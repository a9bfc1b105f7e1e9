import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { Config } from '../../config/config';
import { jvmArgs, renderNeo4jConf } from './conf';
import { installNeo4j } from './install';
import { localNeo4jPaths, type LocalNeo4jPaths } from './paths';
import { commandLineOf, isRunning } from './processes';

const DEFAULT_PASSWORD = 'neo4j';
const STOP_TIMEOUT_MS = 60_000;

export interface LocalNeo4jStatus {
  running: boolean;
  pid?: number;
  uri: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends a signal to a process that may have exited meanwhile. */
function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function tail(file: string, lines = 15): string {
  if (!fs.existsSync(file)) return '';
  return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

/**
 * The project's own Neo4j: the official Community server from Maven Central, run as a child JVM
 * bound to loopback with authentication on. Start waits until Bolt answers; stop waits until the JVM
 * is gone (SIGTERM, then SIGKILL after a minute), so no JVM outlives us.
 */
export class LocalNeo4j {
  readonly paths: LocalNeo4jPaths;
  readonly uri: string;

  constructor(
    private readonly config: Config,
    private readonly log: (line: string) => void = (line) => console.log(line),
  ) {
    this.paths = localNeo4jPaths(config.local);
    this.uri = `bolt://127.0.0.1:${config.local.boltPort}`;
  }

  /** The password: NEO4J_PASSWORD if set, else one generated on first start and kept beside the data. */
  password(): string {
    if (this.config.neo4j.password) return this.config.neo4j.password;
    if (fs.existsSync(this.paths.passwordFile))
      return fs.readFileSync(this.paths.passwordFile, 'utf8').trim();
    const generated = randomBytes(18).toString('base64url');
    fs.mkdirSync(this.paths.instance, { recursive: true });
    fs.writeFileSync(this.paths.passwordFile, generated, { mode: 0o600 });
    return generated;
  }

  /**
   * The pid of this instance's running JVM. The pid file alone does not say so: in a copied folder
   * it names the original's JVM, and after a reboot any process may have that pid. The JVM's own
   * command line names its instance folder.
   */
  private readPid(): number | undefined {
    if (!fs.existsSync(this.paths.pidFile)) return undefined;
    const pid = Number(fs.readFileSync(this.paths.pidFile, 'utf8').trim());
    if (!Number.isInteger(pid) || pid <= 0) return undefined;
    const commandLine = commandLineOf(pid);
    const ours =
      commandLine !== undefined && `${commandLine} `.includes(` --home-dir=${this.paths.instance} `);
    return ours ? pid : undefined;
  }

  /**
   * The Bolt port this instance's JVM listens on: the one its neo4j.conf (written at each start)
   * names, which is not the configured NEO4J_BOLT_PORT when it was started with another.
   */
  private ownBoltPort(): number {
    const conf = path.join(this.paths.conf, 'neo4j.conf');
    const text = fs.existsSync(conf) ? fs.readFileSync(conf, 'utf8') : '';
    const match = /^server\.bolt\.listen_address=.*:(\d+)$/m.exec(text);
    return match ? Number(match[1]) : this.config.local.boltPort;
  }

  /** Whether the instance's own JVM runs and answers, on the port it was started with. */
  async status(): Promise<LocalNeo4jStatus> {
    const pid = this.readPid();
    const port = pid === undefined ? this.config.local.boltPort : this.ownBoltPort();
    const running = pid !== undefined && (await portAnswers(port));
    return { running, pid, uri: `bolt://127.0.0.1:${port}` };
  }

  /** Starts the server (or adopts ours if it is already running) and returns once Bolt accepts logins. */
  async start(): Promise<{ uri: string; user: string; password: string; startedNow: boolean }> {
    const password = this.password();
    const existing = this.readPid();
    if (existing !== undefined) {
      await this.waitForBolt(existing);
      await this.ensurePassword(password);
      this.log(`Neo4j already running (pid ${existing}) on ${this.uri}`);
      return { uri: this.uri, user: 'neo4j', password, startedNow: false };
    }
    if (await portAnswers(this.config.local.boltPort)) {
      throw new Error(
        `port ${this.config.local.boltPort} is taken by another process; set NEO4J_BOLT_PORT to a free port`,
      );
    }
    await this.prepare();

    const out = fs.openSync(this.paths.consoleLog, 'w');
    // Detached: a Ctrl-C in the terminal reaches only us, and we stop the JVM in order after draining.
    const child = spawn(
      this.config.local.java,
      [
        ...jvmArgs(this.config.local),
        '-cp',
        path.join(this.paths.lib, '*'),
        'org.neo4j.server.CommunityEntryPoint',
        `--home-dir=${this.paths.instance}`,
        `--config-dir=${this.paths.conf}`,
      ],
      { detached: true, stdio: ['ignore', out, out] },
    );
    fs.closeSync(out);
    if (child.pid === undefined)
      throw new Error('could not start java: is Java 17 installed and on the PATH?');
    child.unref();
    fs.writeFileSync(this.paths.pidFile, String(child.pid));
    this.log(`Starting Neo4j (pid ${child.pid}) on ${this.uri}, data in ${this.paths.data} …`);
    await this.waitForBolt(child.pid);
    await this.ensurePassword(password);
    this.log(`Neo4j is up on ${this.uri}`);
    return { uri: this.uri, user: 'neo4j', password, startedNow: true };
  }

  /**
   * The jars resolved and the instance's folders and neo4j.conf written: what the server needs to
   * start, and what neo4j-admin needs to import into a stopped instance (src/seed/bulk).
   */
  async prepare(): Promise<void> {
    await installNeo4j(this.paths, this.log);
    for (const dir of [this.paths.conf, this.paths.data, this.paths.logs])
      fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(
      path.join(this.paths.conf, 'neo4j.conf'),
      renderNeo4jConf(this.config.local, this.paths),
    );
  }

  /** Whether the database has a store on disk yet: false until its first start (or an import). */
  hasStore(): boolean {
    return fs.existsSync(path.join(this.paths.data, 'databases', this.config.neo4j.database));
  }

  private async waitForBolt(pid: number): Promise<void> {
    const deadline = Date.now() + this.config.local.startTimeoutMs;
    while (Date.now() < deadline) {
      if (!isRunning(pid)) {
        fs.rmSync(this.paths.pidFile, { force: true });
        throw new Error(
          `Neo4j exited during start-up. Last lines of its log:\n${tail(this.paths.consoleLog)}`,
        );
      }
      if (await portAnswers(this.config.local.boltPort)) return;
      await sleep(250);
    }
    throw new Error(`Neo4j did not answer on ${this.uri} within ${this.config.local.startTimeoutMs} ms`);
  }

  /**
   * A new database has user neo4j/neo4j with a forced change: set our password through Bolt.
   * An existing one must already accept our password, else the error says which file holds it.
   */
  private async ensurePassword(password: string): Promise<void> {
    if (await this.canLogin(password)) return;
    const driver = neo4j.driver(this.uri, neo4j.auth.basic('neo4j', DEFAULT_PASSWORD), {
      disableLosslessIntegers: true,
    });
    try {
      const session = driver.session({ database: 'system' });
      try {
        await session.run('ALTER CURRENT USER SET PASSWORD FROM $old TO $new', {
          old: DEFAULT_PASSWORD,
          new: password,
        });
      } finally {
        await session.close();
      }
    } catch (error) {
      throw new Error(
        `the local Neo4j refuses our password and is not a new database (${(error as Error).message}). ` +
          `Set NEO4J_PASSWORD to its password, or delete ${this.paths.instance} to start afresh.`,
        { cause: error },
      );
    } finally {
      await driver.close();
    }
    // The new password can take a moment to be accepted everywhere; wait for it before anyone logs in.
    for (let attempt = 0; attempt < 20; attempt++) {
      if (await this.canLogin(password)) return;
      await sleep(500);
    }
    throw new Error(`the local Neo4j does not accept its new password (see ${this.paths.logs})`);
  }

  private async canLogin(password: string): Promise<boolean> {
    // Bolt may accept connections a moment before authentication is ready: retry transient failures.
    for (let attempt = 0; attempt < 40; attempt++) {
      const driver = neo4j.driver(this.uri, neo4j.auth.basic('neo4j', password));
      try {
        // Resolves false when the credentials are refused; throws when the server is not ready yet.
        return await driver.verifyAuthentication();
      } catch (error) {
        const code = (error as { code?: string }).code ?? '';
        if (code.startsWith('Neo.ClientError.Security')) return false;
        await sleep(250);
      } finally {
        await driver.close();
      }
    }
    throw new Error(`Neo4j on ${this.uri} accepts connections but never answered a login`);
  }

  /** Stops our JVM and waits until it has exited: SIGTERM, then SIGKILL if it hangs. */
  async stop(): Promise<boolean> {
    const pid = this.readPid();
    if (pid === undefined) {
      fs.rmSync(this.paths.pidFile, { force: true });
      return false;
    }
    this.log(`Stopping Neo4j (pid ${pid}) …`);
    signal(pid, 'SIGTERM');
    const deadline = Date.now() + STOP_TIMEOUT_MS;
    while (isRunning(pid) && Date.now() < deadline) await sleep(200);
    if (isRunning(pid)) {
      this.log(`Neo4j did not stop within ${STOP_TIMEOUT_MS} ms; killing it`);
      signal(pid, 'SIGKILL');
      while (isRunning(pid)) await sleep(100);
    }
    fs.rmSync(this.paths.pidFile, { force: true });
    this.log('Neo4j stopped');
    return true;
  }
}
