import type { GraphQLResolveInfo } from 'graphql';
import { typedQueryName } from '../db/query-registry';
import { ErrorCode, appError } from '../db/errors';
import type { GraphContext } from '../graph/context';
import type { NeighbourhoodArgs } from './network.args';
import { NETWORK_LIMITS } from './network.limits';
import {
  type NeighbourhoodRecord,
  projectionParams,
  toGraphEdge,
  toNodes,
  walkFilter,
  walkProjection,
} from './network.records';
import { unpack, walkFields } from './walk-fields';

/** One round trip (network/neighbourhood); NOT_FOUND when the centre is unknown or not visible. */
export async function getNeighbourhood(
  { db, viewer }: GraphContext,
  args: NeighbourhoodArgs,
  info: GraphQLResolveInfo,
): Promise<NeighbourhoodRecord> {
  const { types, labels } = walkFilter(args.types, args.kinds);
  const projection = walkProjection(info);
  const { nodeKeys, edgeKeys } = walkFields(info);
  const [row] = await db.read(typedQueryName('network/neighbourhood', types), {
    id: args.id,
    depth: args.depth,
    labels,
    allKinds: !args.kinds?.length,
    ...projectionParams(projection),
    nodeKeys,
    edgeKeys,
    limit: args.limit,
    edgeLimit: args.limit * NETWORK_LIMITS.edgesPerNode,
    seeRestricted: viewer.seeRestricted,
  });
  if (!row) throw appError(ErrorCode.NOT_FOUND, `No node with id "${args.id}"`, { argumentName: 'id' });
  const raw = (row.nodes as Record<string, unknown>[]).map((node) => unpack(node, nodeKeys));
  const { nodes, byId } = toNodes(raw, viewer, projection);
  const edges = (row.edges as Record<string, unknown>[]).map((edge) =>
    toGraphEdge(unpack(edge, edgeKeys), byId, viewer, projection),
  );
  return { nodes, edges, truncated: Boolean(row.truncated) };
}
