import type { GraphQLResolveInfo } from 'graphql';
import type { GraphContext } from '../context';
import type { Connection } from '../common/connection.type';
import { filterParams, listPage, nodeOfKind } from '../common/list';
import type { NodeRecord } from '../common/records';
import { NodeLabel } from '../../model';
import type { PersonListArgs } from './person.input';

const FILTERS = ['nameContains', 'organisation', 'municipality'] as const;

export function listPeople(
  ctx: GraphContext,
  args: PersonListArgs,
  info?: GraphQLResolveInfo,
): Promise<Connection<{ cursor: string; node: NodeRecord }>> {
  return listPage(ctx, {
    page: 'person/page',
    count: 'person/count',
    filters: filterParams(args.filter, FILTERS),
    first: args.first,
    after: args.after,
    orderBy: args.orderBy,
    info,
  });
}

export function getPerson(ctx: GraphContext, id: string): Promise<NodeRecord> {
  return nodeOfKind(ctx, id, NodeLabel.Person);
}
