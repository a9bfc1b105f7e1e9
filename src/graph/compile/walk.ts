import type { NamedQuery } from '../../db/query-registry';
import { NodeLabel } from '../../model';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import { NodeCompiler } from './node-projection';
import type { CompiledRead } from './roots';
import { Statement } from './statement';

/**
 * A hand-tuned walk (a named query under cypher/queries/network: search, neighbourhood, paths) with
 * the nodes and relationships it reaches projected by the same compiler as every other read: the
 * query names where with `{{NODE:slot:n}}` (the node `n`, for the selection of `slot`) and
 * `{{EDGE:slot:r}}` (the relationship `r` as a GraphEdge), and the walk fills each with the
 * projection of what the client selected there, in the same statement. So a walk yields ids and its
 * own fields (score, distance, order), and everything below comes from one place.
 */
export type WalkSlots = Record<string, ResolveTree | undefined>;

const ALL_KINDS = Object.values(NodeLabel);
const SLOT = /\{\{(NODE|EDGE):([A-Za-z]\w*):([A-Za-z_]\w*)\}\}/g;

export function compileWalk(
  query: NamedQuery,
  slots: WalkSlots,
  params: Record<string, unknown>,
  seeRestricted: boolean,
): CompiledRead {
  const statement = new Statement(seeRestricted);
  const compiler = new NodeCompiler(statement);
  const text = query.text.replace(SLOT, (_, what: string, slot: string, variable: string) => {
    if (!(slot in slots)) throw new Error(`${query.name}: no selection for slot "${slot}"`);
    return what === 'NODE'
      ? compiler.project(variable, ALL_KINDS, slots[slot])
      : compiler.walkEdge(variable, slots[slot]);
  });
  for (const name of Object.keys(params)) {
    if (name in statement.params) throw new Error(`${query.name}: parameter $${name} is the compiler's`);
  }
  return { name: query.name, text, params: { ...params, ...statement.params } };
}
