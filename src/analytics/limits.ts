import { z } from 'zod';
import { ANALYSIS_SETTINGS } from '../config/config';
import { ErrorCode, appError } from '../db/errors';

/**
 * How large a projection the service analyses in its own process (the caps), and how long an
 * analysis may take. The analyses read a projection's topology (topology.ts: ids, names and kinds of
 * the nodes, the relationships as typed-array columns, ≈ 9 bytes each) and build their graphology
 * graph in a worker thread. At the 1M-node bench graph the largest default projection (similarity:
 * 940k nodes, 2.8M relationships) is answered within the 6 GB the issue allowed (bench/README.md);
 * the default caps, 2M nodes and 6M relationships, leave about twice that, and above them an analysis
 * is refused with ANALYSIS_TOO_LARGE before anything is read.
 *
 * ANALYSIS_MAX_NODES, ANALYSIS_MAX_RELATIONSHIPS and ANALYSIS_TIMEOUT_MS set them (config.ts
 * validates them at start-up); read at each call, so an operator or a test can change them.
 */
const schema = z.object(ANALYSIS_SETTINGS);

export const DEFAULT_ANALYSIS_LIMITS = {
  maxNodes: schema.shape.ANALYSIS_MAX_NODES.parse(undefined),
  maxRelationships: schema.shape.ANALYSIS_MAX_RELATIONSHIPS.parse(undefined),
  timeoutMs: schema.shape.ANALYSIS_TIMEOUT_MS.parse(undefined),
};

/**
 * Interlocks read the full projection, every relationship with its properties and evidence, as the
 * exports do: about 8 KB per relationship in memory at 100k (2.4 GB for 94k nodes and 284k
 * relationships). They keep the caps measured for that read.
 */
export const CONTENT_READ_LIMITS = { maxNodes: 200_000, maxRelationships: 600_000 };

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

function refuse(
  size: { nodes: number; relationships: number },
  limits: { maxNodes: number; maxRelationships: number },
  settings: string,
) {
  if (size.nodes <= limits.maxNodes && size.relationships <= limits.maxRelationships) return;
  throw appError(
    ErrorCode.ANALYSIS_TOO_LARGE,
    `The projection holds up to ${size.nodes} nodes and ${size.relationships} relationships; this service ` +
      `analyses at most ${limits.maxNodes} nodes and ${limits.maxRelationships} relationships in memory ` +
      `(${settings}). Choose fewer kinds or types, or export the graph ` +
      '(GET /export/edges.csv, or npm run analyse -- export --format csv --stream --out <dir>) to a graph ' +
      'engine such as Neo4j GDS, igraph or NetworkX (docs/scaling.md).',
    { limit: limits, projection: size },
  );
}

/** ANALYSIS_TOO_LARGE when a projection of this size is past the caps: the error names both. */
export function assertAnalysable(size: { nodes: number; relationships: number }): void {
  const { maxNodes, maxRelationships } = analysisLimits();
  refuse(size, { maxNodes, maxRelationships }, 'ANALYSIS_MAX_NODES, ANALYSIS_MAX_RELATIONSHIPS');
}

/** As assertAnalysable, for the full read interlocks make (CONTENT_READ_LIMITS, or the caps if lower). */
export function assertContentReadable(size: { nodes: number; relationships: number }): void {
  const { maxNodes, maxRelationships } = analysisLimits();
  refuse(
    size,
    {
      maxNodes: Math.min(maxNodes, CONTENT_READ_LIMITS.maxNodes),
      maxRelationships: Math.min(maxRelationships, CONTENT_READ_LIMITS.maxRelationships),
    },
    'ANALYSIS_MAX_NODES, ANALYSIS_MAX_RELATIONSHIPS; interlocks read every relationship with its evidence',
  );
}
