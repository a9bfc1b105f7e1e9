import type { GraphQLResolveInfo } from 'graphql';
import { queryRegistry } from '../db/query-registry';
import type { Row } from '../db/database';
import { compileWalk } from '../graph/compile/walk';
import { fieldsOf, rootTree, selectedNamed } from '../graph/compile/selection';
import type { GraphContext } from '../graph/compile/context';

/**
 * Runs a walk (a named query, `network/...`) with the selection of the fields under the walk's own
 * field (`node` of a search hit, `nodes` and `edges` of a neighbourhood or path) compiled into it:
 * one round trip, and the records come back as the field resolvers read them.
 */
export async function runWalk(
  { db, viewer }: GraphContext,
  info: GraphQLResolveInfo,
  queryName: string,
  slots: readonly string[],
  params: Record<string, unknown>,
): Promise<Row[]> {
  const selected = fieldsOf(rootTree(info));
  const trees = Object.fromEntries(slots.map((slot) => [slot, selectedNamed(selected, slot)]));
  const read = compileWalk(queryRegistry().get(queryName), trees, params, viewer.seeRestricted);
  return db.read(read, read.params);
}
