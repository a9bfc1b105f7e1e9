import { z } from 'zod';
import { ErrorCode, appError } from '../db/errors';

/**
 * How large a projection the service reads into graphology in its own process. A projection holds
 * every node and relationship of its kinds and types with their evidence; at the 1M-node bench graph
 * the default network (≈ 550k nodes, 1.6M relationships) would take several GB of the Node heap and
 * betweenness hours, on a 2-core, 24 GB machine shared with Neo4j (bench/README.md, Analytics). Past
 * these caps an analysis is refused with ANALYSIS_TOO_LARGE before anything is read; the exports
 * (streamed) take the graph to an engine made for it.
 *
 * ANALYSIS_MAX_NODES and ANALYSIS_MAX_RELATIONSHIPS set them; read at each call, so an operator can
 * raise them (with the heap: NODE_OPTIONS=--max-old-space-size) without code.
 */
export const DEFAULT_ANALYSIS_LIMITS = { maxNodes: 300_000, maxRelationships: 1_000_000, timeoutMs: 120_000 };

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
