import type { GraphQLResolveInfo } from 'graphql';
import type { GraphContext } from '../context';
import type { Connection } from '../common/connection.type';
import { filterParams, listPage, nodeOfKind } from '../common/list';
import type { NodeRecord } from '../common/records';
import { NodeLabel } from '../../model';
import type { MunicipalityListArgs } from './municipality.input';

const FILTERS = ['nameContains', 'awardYear', 'theme', 'region'] as const;

export function listMunicipalities(
  ctx: GraphContext,
  args: MunicipalityListArgs,
  info?: GraphQLResolveInfo,
): Promise<Connection<{ cursor: string; node: NodeRecord }>> {
  return listPage(ctx, {
    page: 'municipality/page',
    count: 'municipality/count',
    filters: filterParams(args.filter, FILTERS),
    first: args.first,
    after: args.after,
    orderBy: args.orderBy,
    info,
  });
}

export function getMunicipality(ctx: GraphContext, id: string): Promise<NodeRecord> {
  return nodeOfKind(ctx, id, NodeLabel.Municipality);
}
