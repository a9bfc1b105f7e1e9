import { z } from 'zod';
import { ErrorCode, appError } from '../db/errors';

/**
 * How large a projection the service reads into graphology in its own process. A projection holds
 * every node and relationship of its kinds and types with their evidence. Measured (bench/README.md,
 * Analytics): the 100k-node bench graph's similarity projection, 94k nodes and 284k relationships,
 * took the process to 2.4 GB resident (earlier analyses' garbage included) on a 2-core, 24 GB machine
 * shared with Neo4j; the default Node heap stops near 4 GB. The caps are about twice that measured
 * size. At the 1M-node graph the default network (≈ 550k nodes, 1.6M relationships) is refused with
 * ANALYSIS_TOO_LARGE, before anything is read, instead of exhausting the heap; the streamed export
 * (stream-export.ts) takes such a graph to an engine made for it.
 *
 * ANALYSIS_MAX_NODES and ANALYSIS_MAX_RELATIONSHIPS set them; read at each call, so an operator can
 * raise them (with the heap: NODE_OPTIONS=--max-old-space-size) without code.
 */
export const DEFAULT_ANALYSIS_LIMITS = { maxNodes: 200_000, maxRelationships: 600_000, timeoutMs: 120_000 };

const schema = z.object({
  ANALYSIS_MAX_NODES: z.coerce.number().int().positive().default(DEFAULT_ANALYSIS_LIMITS.maxNodes),
  ANALYSIS_MAX_RELATIONSHIPS: z.coerce
    .number()
    .int()
    .positive()
    .default(DEFAULT_ANALYSIS_LIMITS.maxRelationships),
  /** Reading a projection is one long read transaction: it gets this much rather than NEO4J_TX_TIMEOUT_MS. */
  ANALYSIS_TIMEOUT_MS: z.coerce.number().int().positive().default(DEFAULT_ANALYSIS_LIMITS.timeoutMs),
});

export function analysisLimits(env: NodeJS.ProcessEnv = process.env) {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new Error(
      `Invalid configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  return {
    maxNodes: parsed.data.ANALYSIS_MAX_NODES,
    maxRelationships: parsed.data.ANALYSIS_MAX_RELATIONSHIPS,
    timeoutMs: parsed.data.ANALYSIS_TIMEOUT_MS,
  };
}

/** ANALYSIS_TOO_LARGE when a projection of this size is past the caps: the error names both. */
export function assertAnalysable(size: { nodes: number; relationships: number }): void {
  const { maxNodes, maxRelationships } = analysisLimits();
  const limits = { maxNodes, maxRelationships };
  if (size.nodes <= limits.maxNodes && size.relationships <= limits.maxRelationships) return;
  throw appError(
    ErrorCode.ANALYSIS_TOO_LARGE,
    `The projection holds up to ${size.nodes} nodes and ${size.relationships} relationships; this service ` +
      `analyses at most ${limits.maxNodes} nodes and ${limits.maxRelationships} relationships in memory ` +
      '(ANALYSIS_MAX_NODES, ANALYSIS_MAX_RELATIONSHIPS). Choose fewer kinds or types, or export the graph ' +
      '(GET /export/edges.csv, or npm run analyse -- export) to a graph engine such as Neo4j GDS, igraph or NetworkX.',
    { limit: limits, projection: size },
  );
}
