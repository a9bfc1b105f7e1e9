import type { GraphQLResolveInfo } from 'graphql';
import type { GraphContext } from '../context';
import type { Connection } from '../common/connection.type';
import { filterParams, listPage, nodeOfKind } from '../common/list';
import type { NodeRecord } from '../common/records';
import { NodeLabel } from '../../model';
import type { QuoteListArgs } from './quote.input';

const FILTERS = ['textContains', 'theme', 'speaker', 'document'] as const;

export function listQuotes(
  ctx: GraphContext,
  args: QuoteListArgs,
  info?: GraphQLResolveInfo,
): Promise<Connection<{ cursor: string; node: NodeRecord }>> {
  return listPage(ctx, {
    page: 'quote/page',
    count: 'quote/count',
    filters: filterParams(args.filter, FILTERS),
    first: args.first,
    after: args.after,
    orderBy: args.orderBy,
    info,
  });
}

export function getQuote(ctx: GraphContext, id: string): Promise<NodeRecord> {
  return nodeOfKind(ctx, id, NodeLabel.Quote);
}
