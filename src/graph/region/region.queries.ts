import type { GraphQLResolveInfo } from 'graphql';
import type { GraphContext } from '../context';
import type { Connection } from '../common/connection.type';
import { filterParams, listPage, nodeOfKind } from '../common/list';
import type { NodeRecord } from '../common/records';
import { NodeLabel } from '../../model';
import type { RegionListArgs } from './region.input';

const FILTERS = ['nameContains', 'awardYear'] as const;

export function listRegions(
  ctx: GraphContext,
  args: RegionListArgs,
  info?: GraphQLResolveInfo,
): Promise<Connection<{ cursor: string; node: NodeRecord }>> {
  return listPage(ctx, {
    page: 'region/page',
    count: 'region/count',
    filters: filterParams(args.filter, FILTERS),
    first: args.first,
    after: args.after,
    orderBy: args.orderBy,
    info,
  });
}

export function getRegion(ctx: GraphContext, id: string): Promise<NodeRecord> {
  return nodeOfKind(ctx, id, NodeLabel.Region);
}
