import type { Viewer } from '../model';
import type { ProjectionSpec } from './projection';
import type { Topology } from './topology';

/**
 * The graph's version as Neo4j reports it with a projection's size (projection-size.cypher): the
 * change sequence, which every write through the service advances in the write's own transaction,
 * and the numbers of nodes and relationships, which a load, reseed or delete changes. A write made
 * around the service (cypher-shell, neo4j-admin) that keeps both totals is not seen: such an
 * operator restarts the service, or the cache's entries age out (ENTRY_TTL_MS).
 */
export interface GraphVersion {
  seq: number;
  nodes: number;
  relationships: number;
}

interface Entry {
  topology: Topology;
  storedAt: number;
  /** Answers already computed on this topology, by task; a seeded analysis answers the same again. */
  answers: Map<string, unknown>;
  snapshotId?: Promise<string>;
}

/** How many topologies are kept: the default projections of the analyses (network, interlocks, similarity) and one more. */
const MAX_ENTRIES = 4;
/** An entry older than this is read again, whatever the version says (see GraphVersion). */
const ENTRY_TTL_MS = 60 * 60 * 1000;

/**
 * Topologies read for analyses, kept per database (the cache a service's database owns) and keyed by
 * the graph's version, the projection and whether restricted facts were in it: a second analysis of
 * an unchanged graph skips the read, and any write through the service makes the next one read
 * again. Least recently used entries go first.
 */
export class ProjectionCache {
  private readonly entries = new Map<string, Entry>();

  static keyOf(version: GraphVersion, viewer: Viewer, spec: ProjectionSpec): string {
    return JSON.stringify([version.seq, version.nodes, version.relationships, viewer.seeRestricted, spec]);
  }

  get(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (Date.now() - entry.storedAt > ENTRY_TTL_MS) return undefined;
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, topology: Topology): Entry {
    const entry: Entry = { topology, storedAt: Date.now(), answers: new Map() };
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    return entry;
  }

  /**
   * An answer of `entry`, kept once computed. Only a finished answer is kept: a computation that fails
   * or is abandoned (its client went away) leaves nothing behind for the next caller to inherit.
   */
  static async answer<T>(entry: Entry, task: string, compute: () => Promise<T>): Promise<T> {
    if (entry.answers.has(task)) return entry.answers.get(task) as T;
    const answer = await compute();
    entry.answers.set(task, answer);
    return answer;
  }

  clear(): void {
    this.entries.clear();
  }
}

const caches = new WeakMap<object, ProjectionCache>();

/** The cache of one database (a Database object: every request's RequestDb shares its database's). */
export function projectionCacheOf(scope: object): ProjectionCache {
  let cache = caches.get(scope);
  if (!cache) {
    cache = new ProjectionCache();
    caches.set(scope, cache);
  }
  return cache;
}
