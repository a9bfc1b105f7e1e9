import type { GraphQLResolveInfo } from 'graphql';
import { typedQueryName } from '../db/query-registry';
import { ErrorCode, appError } from '../db/errors';
import type { GraphContext } from '../graph/compile/context';
import type { NeighbourhoodArgs } from './network.args';
import { NETWORK_LIMITS } from './network.limits';
import { type NeighbourhoodRecord, walkFilter } from './network.records';
import { runWalk } from './walk';

/** One round trip (network/neighbourhood); NOT_FOUND when the centre is unknown or not visible. */
export async function getNeighbourhood(
  ctx: GraphContext,
  args: NeighbourhoodArgs,
  info: GraphQLResolveInfo,
): Promise<NeighbourhoodRecord> {
  const { types, labels } = walkFilter(args.types, args.kinds);
  const [row] = await runWalk(ctx, info, typedQueryName('network/neighbourhood', types), ['nodes', 'edges'], {
    id: args.id,
    depth: args.depth,
    labels,
    allKinds: !args.kinds?.length,
    limit: args.limit,
    edgeLimit: args.limit * NETWORK_LIMITS.edgesPerNode,
  });
  if (!row) throw appError(ErrorCode.NOT_FOUND, `No node with id "${args.id}"`, { argumentName: 'id' });
  return row as unknown as NeighbourhoodRecord;
}
