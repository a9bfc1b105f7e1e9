import type { Database } from '../db/database';
import { applySchema } from '../db/schema';
import type { LoadPlan, NodeRow, RelationshipRow } from './plan';

export interface LoadOptions {
  batchSize?: number;
  /** Remove seed-origin facts that the seeds no longer hold (on for the curated seeds). */
  prune?: boolean;
  /**
   * Every row is new to the database: CREATE instead of MERGE. Default: whether the database held
   * no :Node when the load began. Only a caller that knows (e.g. disjoint chunks of one bulk load
   * into a database it emptied) may say true.
   */
  fresh?: boolean;
  /** Apply the whole schema and wait for its indexes at the end (default true); see finishLoad. */
  finish?: boolean;
  onProgress?: (done: number, total: number, phase: string) => void;
}

export interface LoadReport {
  nodes: number;
  relationships: number;
  prunedNodes: number;
  prunedRelationships: number;
  batches: number;
  ms: number;
}

/** Larger batches mean fewer commits; 5,000 rows stay well inside the loader's transaction timeout. */
const BATCH_SIZE = 5000;
const BATCH_TIMEOUT_MS = 120_000;

function batches<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * Rows with the same id (key) folded into one, properties merged in order: what MERGE followed by
 * `SET +=` makes of them, so that CREATE stores the same graph (the constraints would refuse the
 * duplicate instead).
 */
export function folded<T extends { props: Record<string, unknown> }>(
  rows: T[],
  idOf: (row: T) => string,
): T[] {
  const byId = new Map<string, T>();
  for (const row of rows) {
    const earlier = byId.get(idOf(row));
    byId.set(idOf(row), earlier ? { ...row, props: { ...earlier.props, ...row.props } } : row);
  }
  return byId.size === rows.length ? rows : [...byId.values()];
}

export async function isEmpty(database: Database): Promise<boolean> {
  const [{ nodes }] = await database.read('seed/count-nodes');
  return nodes === 0;
}

/**
 * The end of a load: the schema applied whole (the indexes and full-text indexes a bulk load
 * deferred are then built from the data) and every index online, so search answers at once.
 */
export async function finishLoad(database: Database): Promise<void> {
  await applySchema(database);
  await database.read('seed/await-indexes', {}, { timeoutMs: 3_600_000 });
  await database.read('seed/prepare-for-replanning', {}, { timeoutMs: 3_600_000 });
}

/**
 * Writes a validated plan in batched UNWIND transactions: nodes first, then relationships. Into a
 * database without nodes it CREATEs; otherwise every statement is an upsert (MERGE). Each batch
 * commits on its own, so a load that dies half-way leaves whole batches and a non-empty database;
 * run again, it MERGEs and ends with the same graph as one that never stopped.
 */
export async function loadPlan(
  database: Database,
  plan: LoadPlan,
  options: LoadOptions = {},
): Promise<LoadReport> {
  const started = Date.now();
  const size = options.batchSize ?? BATCH_SIZE;
  const fresh = options.fresh ?? (await isEmpty(database));
  const nodes = fresh ? folded(plan.nodes, (n) => n.id) : plan.nodes;
  const relationships = fresh ? folded(plan.relationships, (r) => r.key) : plan.relationships;
  const total = nodes.length + relationships.length;
  let done = 0;
  let batchCount = 0;
  const run = async <T extends NodeRow | RelationshipRow>(rows: T[], query: string, phase: string) => {
    for (const batch of batches(rows, size)) {
      await database.write(query, { rows: batch }, { timeoutMs: BATCH_TIMEOUT_MS });
      done += batch.length;
      batchCount++;
      options.onProgress?.(done, total, phase);
    }
  };
  await run(nodes, fresh ? 'seed/create-nodes' : 'seed/merge-nodes', 'nodes');
  await run(relationships, fresh ? 'seed/create-relationships' : 'seed/merge-relationships', 'relationships');

  let prunedNodes = 0;
  let prunedRelationships = 0;
  // A fresh load holds only the plan: nothing to prune.
  if (options.prune && !fresh) {
    const [rels] = await database.write('seed/prune-relationships', {
      keys: plan.relationships.map((r) => r.key),
    });
    const [pruned] = await database.write('seed/prune-nodes', { ids: plan.nodes.map((n) => n.id) });
    prunedRelationships = rels.removed as number;
    prunedNodes = pruned.removed as number;
  }
  if (options.finish ?? true) await finishLoad(database);
  return {
    nodes: plan.nodes.length,
    relationships: plan.relationships.length,
    prunedNodes,
    prunedRelationships,
    batches: batchCount,
    ms: Date.now() - started,
  };
}
