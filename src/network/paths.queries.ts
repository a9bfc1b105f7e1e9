import type { Row } from '../db/database';
import { ErrorCode, appError } from '../db/errors';
import type { GraphContext } from '../server/context';
import type { AllPathsArgs, PathArgs } from './network.args';
import { type PathRecord, toPath, walkFilter } from './network.records';

function params({ viewer }: GraphContext, args: PathArgs, limit?: number) {
  return {
    from: args.from,
    to: args.to,
    types: walkFilter(args.types).types,
    maxLength: args.maxLength,
    limit: limit ?? null,
    seeRestricted: viewer.seeRestricted,
  };
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

/** One round trip (network/shortest-path): a shortest path, or null when none is short enough. */
export async function findShortestPath(ctx: GraphContext, args: PathArgs): Promise<PathRecord | null> {
  const [row] = await ctx.db.read('network/shortest-path', params(ctx, args));
  const found = assertEnds(row, args);
  if (!found.edges) return null;
  return toPath({ nodes: found.nodes, edges: found.edges }, ctx.viewer);
}

/** One round trip (network/all-shortest-paths): every shortest path, up to `limit`, in stable order. */
export async function findAllShortestPaths(ctx: GraphContext, args: AllPathsArgs): Promise<PathRecord[]> {
  const [row] = await ctx.db.read('network/all-shortest-paths', params(ctx, args, args.limit));
  const found = assertEnds(row, args);
  return (found.paths as { nodes: unknown; edges: unknown }[]).map((path) => toPath(path, ctx.viewer));
}
