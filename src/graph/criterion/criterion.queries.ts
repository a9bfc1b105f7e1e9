import type { GraphQLResolveInfo } from 'graphql';
import type { GraphContext } from '../context';
import type { Connection } from '../common/connection.type';
import { filterParams, listPage, nodeOfKind } from '../common/list';
import type { NodeRecord } from '../common/records';
import { NodeLabel } from '../../model';
import type { CriterionListArgs } from './criterion.input';

const FILTERS = ['textContains'] as const;

export function listCriteria(
  ctx: GraphContext,
  args: CriterionListArgs,
  info?: GraphQLResolveInfo,
): Promise<Connection<{ cursor: string; node: NodeRecord }>> {
  return listPage(ctx, {
    page: 'criterion/page',
    count: 'criterion/count',
    filters: filterParams(args.filter, FILTERS),
    first: args.first,
    after: args.after,
    orderBy: args.orderBy,
    info,
  });
}

export function getCriterion(ctx: GraphContext, id: string): Promise<NodeRecord> {
  return nodeOfKind(ctx, id, NodeLabel.Criterion);
}
