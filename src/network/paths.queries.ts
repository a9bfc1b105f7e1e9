import type { GraphQLResolveInfo } from 'graphql';
import type { Row } from '../db/database';
import { typedQueryName } from '../db/query-registry';
import { ErrorCode, appError } from '../db/errors';
import type { GraphContext } from '../graph/compile/context';
import type { AllPathsArgs, PathArgs } from './network.args';
import { type PathRecord, walkFilter } from './network.records';
import { runWalk } from './walk';

/** A path query (its types are literals), run with the selection of `nodes` and `edges` compiled in. */
function runPaths(ctx: GraphContext, info: GraphQLResolveInfo, name: string, args: PathArgs, limit?: number) {
  return runWalk(ctx, info, typedQueryName(name, walkFilter(args.types).types), ['nodes', 'edges'], {
    from: args.from,
    to: args.to,
    maxLength: args.maxLength,
    limit: limit ?? null,
  });
}

/** NOT_FOUND naming the argument whose node is unknown or not visible to the viewer. */
function assertEnds(row: Row | undefined, args: PathArgs): Row {
  if (!row?.fromFound) {
    throw appError(ErrorCode.NOT_FOUND, `No node with id "${args.from}" (argument "from")`, {
      argumentName: 'from',
    });
  }
  if (!row.toFound) {
    throw appError(ErrorCode.NOT_FOUND, `No node with id "${args.to}" (argument "to")`, {
      argumentName: 'to',
    });
  }
  return row;
}

function toPath({ nodes, edges }: { nodes: unknown; edges: unknown }): PathRecord {
  const hops = edges as PathRecord['edges'];
  return { length: hops.length, nodes: nodes as PathRecord['nodes'], edges: hops };
}

/** One round trip (network/shortest-path): a shortest path, or null when none is short enough. */
export async function findShortestPath(
  ctx: GraphContext,
  args: PathArgs,
  info: GraphQLResolveInfo,
): Promise<PathRecord | null> {
  const [row] = await runPaths(ctx, info, 'network/shortest-path', args);
  const found = assertEnds(row, args);
  return found.edges ? toPath(found as { nodes: unknown; edges: unknown }) : null;
}

/** One round trip (network/all-shortest-paths): every shortest path, up to `limit`, in stable order. */
export async function findAllShortestPaths(
  ctx: GraphContext,
  args: AllPathsArgs,
  info: GraphQLResolveInfo,
): Promise<PathRecord[]> {
  const [row] = await runPaths(ctx, info, 'network/all-shortest-paths', args, args.limit);
  const found = assertEnds(row, args);
  return (found.paths as { nodes: unknown; edges: unknown }[]).map(toPath);
}
