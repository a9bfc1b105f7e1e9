import { ErrorCode, appError } from '../db/errors';
import type { GraphContext } from '../server/context';
import type { NeighbourhoodArgs } from './network.args';
import { NETWORK_LIMITS } from './network.limits';
import { type NeighbourhoodRecord, toGraphEdge, toNodes, walkFilter } from './network.records';

/** One round trip (network/neighbourhood); NOT_FOUND when the centre is unknown or not visible. */
export async function getNeighbourhood(
  { db, viewer }: GraphContext,
  args: NeighbourhoodArgs,
): Promise<NeighbourhoodRecord> {
  const [row] = await db.read('network/neighbourhood', {
    id: args.id,
    depth: args.depth,
    ...walkFilter(args.types, args.kinds),
    limit: args.limit,
    edgeLimit: args.limit * NETWORK_LIMITS.edgesPerNode,
    seeRestricted: viewer.seeRestricted,
  });
  if (!row) throw appError(ErrorCode.NOT_FOUND, `No node with id "${args.id}"`, { argumentName: 'id' });
  const { nodes, byId } = toNodes(row.nodes, viewer);
  const edges = (row.edges as Record<string, unknown>[]).map((edge) => toGraphEdge(edge, byId, viewer));
  return { nodes, edges, truncated: Boolean(row.truncated) };
}
