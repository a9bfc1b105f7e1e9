import fs from 'node:fs';
import type { LocalNeo4jPaths } from './paths';
import { isRunning, startTimeOf } from './processes';

/** Who holds a local instance: `<instance>/owner.json`, written by the process that claimed it. */
export interface InstanceOwner {
  pid: number;
  /** The owner's start time (processes.ts): a pid reused after a crash is not taken for the owner. */
  started?: string;
  /** What the owner is, for the message a second claimant gets: "a service", "a test run". */
  holder: string;
  boltPort: number;
  /** The owner's GraphQL endpoint, once it serves. */
  url?: string;
}

export interface ClaimRequest {
  holder: string;
  boltPort: number;
  /** The second sentence of the refusal: how to run a second one beside the owner. */
  hint: string;
}

export class InstanceInUseError extends Error {
  constructor(
    readonly owner: InstanceOwner,
    instance: string,
    hint: string,
  ) {
    const details = [
      `pid ${owner.pid}`,
      owner.url ? `serving ${owner.url}` : 'still starting',
      `Neo4j on bolt://127.0.0.1:${owner.boltPort}`,
    ];
    super(
      `The local Neo4j instance ${instance} is in use by ${owner.holder} (${details.join(', ')}). ${hint}`,
    );
    this.name = 'InstanceInUseError';
  }
}

/** Whether the recorded owner still runs: its pid alive, and started when the record says. */
function isLive(owner: InstanceOwner): boolean {
  if (!isRunning(owner.pid)) return false;
  const started = startTimeOf(owner.pid);
  return owner.started === undefined || started === undefined || started === owner.started;
}

/** The owner file's text and what it says (undefined when it does not parse), or undefined if absent. */
function readOwnerFile(file: string): { raw: string; owner?: InstanceOwner } | undefined {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const owner = JSON.parse(raw) as InstanceOwner;
    return Number.isInteger(owner.pid) && owner.pid > 0 ? { raw, owner } : { raw };
  } catch {
    return { raw };
  }
}

/** The process that holds the instance, while it runs; undefined when none does or it has died. */
export function liveOwner(paths: LocalNeo4jPaths): InstanceOwner | undefined {
  const owner = readOwnerFile(paths.ownerFile)?.owner;
  return owner && isLive(owner) ? owner : undefined;
}

/** Writes `owner` to a file of its own first, so that nobody ever reads a half-written owner file. */
function writeTemporary(file: string, owner: InstanceOwner): string {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(owner));
  return temporary;
}

/**
 * This process's hold on a local instance: one service (or test run) per instance folder, so that
 * a second one is refused instead of sharing the Neo4j or stopping it under the first. A claim
 * whose holder has died (kill -9, a crash) is void: the next claimant takes the instance over,
 * with the Neo4j the dead one left running.
 */
export class InstanceClaim {
  private constructor(
    private readonly file: string,
    private readonly owner: InstanceOwner,
    /** The dead holder whose claim this one replaced, if any. */
    readonly previous?: InstanceOwner,
  ) {}

  /** Claims the instance for this process, or throws InstanceInUseError naming its live owner. */
  static take(paths: LocalNeo4jPaths, request: ClaimRequest): InstanceClaim {
    fs.mkdirSync(paths.instance, { recursive: true });
    const owner: InstanceOwner = {
      pid: process.pid,
      started: startTimeOf(process.pid),
      holder: request.holder,
      boltPort: request.boltPort,
    };
    let previous: InstanceOwner | undefined;
    for (let attempt = 0; attempt < 5; attempt++) {
      const temporary = writeTemporary(paths.ownerFile, owner);
      try {
        // A hard link is created whole or not at all, and never over an existing file.
        fs.linkSync(temporary, paths.ownerFile);
        return new InstanceClaim(paths.ownerFile, owner, previous);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      } finally {
        fs.rmSync(temporary, { force: true });
      }
      const found = readOwnerFile(paths.ownerFile);
      if (found?.owner && isLive(found.owner))
        throw new InstanceInUseError(found.owner, paths.instance, request.hint);
      previous = found?.owner ?? previous;
      // Removed only if unchanged since read: another claimant may have replaced it meanwhile.
      if (found && readOwnerFile(paths.ownerFile)?.raw === found.raw)
        fs.rmSync(paths.ownerFile, { force: true });
    }
    throw new Error(`could not claim ${paths.instance}: ${paths.ownerFile} keeps changing`);
  }

  /** Records where the owner serves, for the message a second claimant gets. */
  announce(url: string): void {
    this.owner.url = url;
    fs.renameSync(writeTemporary(this.file, this.owner), this.file);
  }

  /** Gives the instance up: after its Neo4j has stopped, so that nobody adopts a JVM on its way out. */
  release(): void {
    const found = readOwnerFile(this.file)?.owner;
    if (found?.pid === this.owner.pid && found.started === this.owner.started)
      fs.rmSync(this.file, { force: true });
  }
}
