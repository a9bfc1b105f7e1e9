import type { NamedTransaction } from '../db/database';
import { typedQueryName } from '../db/query-registry';
import type { Viewer } from '../model';
import { NodeLabel, RelationshipType } from '../model';
import type { ProjectionSpec, ReadTransactions } from './projection';

/**
 * What the analyses need of a projection and nothing more: its nodes (id, name, kind, a programme's
 * kind) in id order, and its relationships as stored (from → to) by their ends' positions in that
 * order and their type, in a canonical order (by source, then target, then type) that does not
 * depend on where Neo4j keeps them, so the same graph always builds the same graphology graph and a
 * seeded Louvain gives the same partition. Columns of typed arrays: about 9 bytes a relationship,
 * cheap to cache and to hand to a worker thread (analysis-worker.ts).
 *
 * Exports, snapshot ids and interlocks need the relationships' properties and evidence too; they
 * read the full projection (projection.ts).
 */
export interface Topology {
  ids: string[];
  names: string[];
  kinds: NodeLabel[];
  programmeKinds: (string | null)[];
  sources: Int32Array;
  targets: Int32Array;
  /** Index into RELATIONSHIP_TYPES. */
  types: Uint8Array;
}

export const RELATIONSHIP_TYPES: readonly RelationshipType[] = Object.values(RelationshipType);
const TYPE_INDEX = new Map(RELATIONSHIP_TYPES.map((type, i) => [type, i]));

/** Values a topology record carries per list: large enough that 1M relationships are ~25 records. */
export const TOPOLOGY_CHUNK = 65_536;

/** Reports how far a read has come: what is being read, how many of the expected items are in. */
export type ReadProgress = (phase: 'nodes' | 'relationships', done: number) => void;

/** A growable Int32Array, for relationship columns whose final length the read only knows at the end. */
class IntColumn {
  values: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.values = new Int32Array(Math.max(16, capacity));
  }
  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Reads a projection's topology in one read transaction (one consistent snapshot): the visible nodes
 * of its kinds (topology-nodes.cypher), then the relationships of its types that are not restricted
 * (topology-edges.cypher), joined by Neo4j's internal ids, which are stable within a transaction; a
 * relationship with an end outside the nodes read (another kind, or restricted) is left out: the
 * visibility rule (model/visibility.ts) is a relationship's own flag and both its ends'.
 */
export async function readTopology(
  db: ReadTransactions,
  viewer: Viewer,
  spec: ProjectionSpec,
  options: {
    timeoutMs: number;
    signal?: AbortSignal;
    expectedRelationships?: number;
    progress?: ReadProgress;
  },
): Promise<Topology> {
  const params = { labels: spec.kinds, seeRestricted: viewer.seeRestricted, chunk: TOPOLOGY_CHUNK };
  return db.transaction(
    'READ',
    async (tx) => {
      const nodes = await readNodes(tx, params, options.progress);
      const edges = await readEdges(tx, spec, params, nodes.position, options);
      return { ...nodes.columns, ...edges };
    },
    { timeoutMs: options.timeoutMs, signal: options.signal },
  );
}

async function readNodes(
  tx: NamedTransaction,
  params: Record<string, unknown>,
  progress?: ReadProgress,
): Promise<{ columns: Omit<Topology, 'sources' | 'targets' | 'types'>; position: Map<number, number> }> {
  const handles: number[] = [];
  const ids: string[] = [];
  const names: (string | null)[] = [];
  const kinds: NodeLabel[] = [];
  const programmeKinds: (string | null)[] = [];
  await tx.stream('analytics/topology-nodes', params, (values) => {
    const [kind, chunkHandles, chunkIds, chunkNames, chunkProgrammeKinds] = values as [
      NodeLabel,
      number[],
      string[],
      (string | null)[],
      (string | null)[],
    ];
    for (let i = 0; i < chunkIds.length; i++) {
      handles.push(chunkHandles[i]);
      ids.push(chunkIds[i]);
      names.push(chunkNames[i]);
      kinds.push(kind);
      programmeKinds.push(chunkProgrammeKinds[i]);
    }
    progress?.('nodes', ids.length);
  });
  const order = ids.map((_, i) => i).sort((a, b) => byCodeUnits(ids[a], ids[b]));
  const position = new Map<number, number>();
  order.forEach((raw, at) => position.set(handles[raw], at));
  return {
    columns: {
      ids: order.map((raw) => ids[raw]),
      // A node without a name is shown by its id, as everywhere else.
      names: order.map((raw) => names[raw] ?? ids[raw]),
      kinds: order.map((raw) => kinds[raw]),
      programmeKinds: order.map((raw) => programmeKinds[raw] ?? null),
    },
    position,
  };
}

async function readEdges(
  tx: NamedTransaction,
  spec: ProjectionSpec,
  params: Record<string, unknown>,
  position: Map<number, number>,
  options: { expectedRelationships?: number; progress?: ReadProgress },
): Promise<Pick<Topology, 'sources' | 'targets' | 'types'>> {
  const capacity = options.expectedRelationships ?? 1024;
  const sources = new IntColumn(capacity);
  const targets = new IntColumn(capacity);
  const types = new IntColumn(capacity);
  let seen = 0;
  // The types as literals (typedQueryName), so Neo4j reads the relationships of those types only.
  await tx.stream(typedQueryName('analytics/topology-edges', spec.types), params, (values) => {
    const [type, chunkSources, chunkTargets] = values as [RelationshipType, number[], number[]];
    const typeIndex = TYPE_INDEX.get(type)!;
    for (let i = 0; i < chunkSources.length; i++) {
      const source = position.get(chunkSources[i]);
      const target = position.get(chunkTargets[i]);
      if (source === undefined || target === undefined) continue;
      sources.push(source);
      targets.push(target);
      types.push(typeIndex);
    }
    seen += chunkSources.length;
    options.progress?.('relationships', seen);
  });
  return canonicalOrder(
    position.size,
    sources.values.subarray(0, sources.length),
    targets.values.subarray(0, targets.length),
    types.values.subarray(0, types.length),
  );
}

/**
 * The relationships by source, then target, then type: a counting sort by source (linear), then each
 * source's few relationships sorted by target and type.
 */
export function canonicalOrder(
  nodeCount: number,
  sources: Int32Array,
  targets: Int32Array,
  types: Int32Array | Uint8Array,
): Pick<Topology, 'sources' | 'targets' | 'types'> {
  const m = sources.length;
  const start = new Int32Array(nodeCount + 1);
  for (let e = 0; e < m; e++) start[sources[e] + 1]++;
  for (let v = 0; v < nodeCount; v++) start[v + 1] += start[v];
  const next = start.slice(0, nodeCount);
  const order = new Int32Array(m);
  for (let e = 0; e < m; e++) order[next[sources[e]]++] = e;
  const byTargetAndType = (x: number, y: number) => targets[x] - targets[y] || types[x] - types[y];
  for (let v = 0; v < nodeCount; v++) {
    if (start[v + 1] - start[v] > 1) order.subarray(start[v], start[v + 1]).sort(byTargetAndType);
  }
  const out = { sources: new Int32Array(m), targets: new Int32Array(m), types: new Uint8Array(m) };
  for (let k = 0; k < m; k++) {
    const e = order[k];
    out.sources[k] = sources[e];
    out.targets[k] = targets[e];
    out.types[k] = types[e];
  }
  return out;
}
