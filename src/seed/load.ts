import type { Database } from '../db/database';
import type { LoadPlan, NodeRow, RelationshipRow } from './plan';

export interface LoadOptions {
  batchSize?: number;
  /** Remove seed-origin facts that the seeds no longer hold (on for the curated seeds). */
  prune?: boolean;
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

function batches<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * Writes a validated plan with MERGE in batched UNWIND transactions: nodes first, then
 * relationships. Each batch commits on its own, and every statement is an upsert, so a load that
 * dies half-way and is run again ends with the same graph as one that never stopped.
 */
export async function loadPlan(
  database: Database,
  plan: LoadPlan,
  options: LoadOptions = {},
): Promise<LoadReport> {
  const started = Date.now();
  const size = options.batchSize ?? 1000;
  const total = plan.nodes.length + plan.relationships.length;
  let done = 0;
  let batchCount = 0;
  const run = async <T extends NodeRow | RelationshipRow>(rows: T[], query: string, phase: string) => {
    for (const batch of batches(rows, size)) {
      await database.write(query, { rows: batch }, { timeoutMs: 120_000 });
      done += batch.length;
      batchCount++;
      options.onProgress?.(done, total, phase);
    }
  };
  await run(plan.nodes, 'seed/merge-nodes', 'nodes');
  await run(plan.relationships, 'seed/merge-relationships', 'relationships');

  let prunedNodes = 0;
  let prunedRelationships = 0;
  if (options.prune) {
    const [rels] = await database.write('seed/prune-relationships', {
      keys: plan.relationships.map((r) => r.key),
    });
    const [nodes] = await database.write('seed/prune-nodes', { ids: plan.nodes.map((n) => n.id) });
    prunedRelationships = rels.removed as number;
    prunedNodes = nodes.removed as number;
  }
  await database.read('seed/await-indexes');
  return {
    nodes: plan.nodes.length,
    relationships: plan.relationships.length,
    prunedNodes,
    prunedRelationships,
    batches: batchCount,
    ms: Date.now() - started,
  };
}
