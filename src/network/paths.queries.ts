import type { GraphQLResolveInfo } from 'graphql';
import type { Row } from '../db/database';
import { typedQueryName } from '../db/query-registry';
import type { Projection } from '../graph/common/projection';
import { ErrorCode, appError } from '../db/errors';
import type { GraphContext } from '../graph/context';
import type { AllPathsArgs, PathArgs } from './network.args';
import { type PathRecord, projectionParams, toPath, walkFilter, walkProjection } from './network.records';

/** The query (its types are literals) and its parameters. */
function query(
  name: string,
  { viewer }: GraphContext,
  args: PathArgs,
  projection: Projection,
  limit?: number,
): [string, Record<string, unknown>] {
  return [
    typedQueryName(name, walkFilter(args.types).types),
    {
      from: args.from,
      to: args.to,
      maxLength: args.maxLength,
      limit: limit ?? null,
      seeRestricted: viewer.seeRestricted,
      ...projectionParams(projection),
    },
  ];
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
export async function findShortestPath(
  ctx: GraphContext,
  args: PathArgs,
  info: GraphQLResolveInfo,
): Promise<PathRecord | null> {
  const projection = walkProjection(info);
  const [row] = await ctx.db.read(...query('network/shortest-path', ctx, args, projection));
  const found = assertEnds(row, args);
  if (!found.edges) return null;
  return toPath({ nodes: found.nodes, edges: found.edges }, ctx.viewer, projection);
}

/** One round trip (network/all-shortest-paths): every shortest path, up to `limit`, in stable order. */
export async function findAllShortestPaths(
  ctx: GraphContext,
  args: AllPathsArgs,
  info: GraphQLResolveInfo,
): Promise<PathRecord[]> {
  const projection = walkProjection(info);
  const [row] = await ctx.db.read(...query('network/all-shortest-paths', ctx, args, projection, args.limit));
  const found = assertEnds(row, args);
  return (found.paths as { nodes: unknown; edges: unknown }[]).map((path) =>
    toPath(path, ctx.viewer, projection),
  );
}
