import type { ResolveTree } from 'graphql-parse-resolve-info';
import { KINDS, type KindSpec, NameOrder, NodeLabel, RelationshipType, visibleTo } from '../../model';
import type { Keyset } from '../records/cursor';
import { NodeCompiler } from './node-projection';
import { fieldsOf, selectedNamed } from './selection';
import { Statement } from './statement';

/** A compiled read: one statement for one root field, ready to run. */
export interface CompiledRead {
  /** What the statement is called in logs, metrics and `extensions.cypher`, e.g. `compiled/municipalities`. */
  name: string;
  text: string;
  params: Record<string, unknown>;
}

/** `node(id)` and `<kind>(id)`: the node with everything the selection asks for, or no row. */
export function compileById(
  tree: ResolveTree,
  id: string,
  seeRestricted: boolean,
  kind?: NodeLabel,
): CompiledRead {
  const statement = new Statement(seeRestricted);
  const kinds = kind ? [kind] : Object.values(NodeLabel);
  const projection = new NodeCompiler(statement).project('n', kinds, tree);
  const text =
    `MATCH (n:${kind ?? 'Node'} {id: ${statement.param(id)}})\n` +
    `WHERE ${visibleTo('n')}\n` +
    `RETURN ${projection} AS node`;
  return { name: `compiled/${kind ? KINDS[kind].byIdField : 'node'}`, text, params: statement.params };
}

export interface ListRequest {
  kind: NodeLabel;
  /** The filter input: only conditions given (not null) become part of the statement. */
  filter: Record<string, unknown> | null | undefined;
  first: number;
  after?: Keyset;
  orderBy: NameOrder;
}

/** The given filter conditions of a kind's list, with their values as parameters. */
function filterConditions(spec: KindSpec, statement: Statement, filter: ListRequest['filter']): string[] {
  return spec.filters
    .filter((f) => filter?.[f.field] !== undefined && filter?.[f.field] !== null)
    .map((f) => f.where('n', statement.param(filter![f.field])));
}

/**
 * A page of a kind's list, and its total only when selected, in one statement. The (name, id)
 * index gives the order, so only `first + 1` nodes are read after a seek to the cursor: the planner
 * uses it only when both properties are known non-null, and a seek needs a bound that is never
 * null, so `edge` (the first name in this order) stands in before the first page. Without filters,
 * the total comes from the count store, less the restricted nodes through the node_restricted index.
 */
export function compileList(tree: ResolveTree, request: ListRequest, seeRestricted: boolean): CompiledRead {
  const spec = KINDS[request.kind];
  const statement = new Statement(seeRestricted);
  const order = request.orderBy === NameOrder.NAME_DESC ? 'DESC' : 'ASC';
  const comparison = order === 'DESC' ? '<' : '>';
  const label = spec.label;
  const conditions = filterConditions(spec, statement, request.filter);
  const connection = fieldsOf(tree);
  const node = selectedNamed(fieldsOf(selectedNamed(connection, 'edges')), 'node');
  const projection = new NodeCompiler(statement).project('n', [label], node);
  const afterName = request.after ? statement.param(request.after[0]) : 'null';
  const afterId = request.after ? statement.param(request.after[1]) : 'null';
  const keyset = request.after ? `\n    AND [n.name, n.id] ${comparison} [${afterName}, ${afterId}]` : '';
  const where = conditions.map((c) => `\n    AND ${c}`).join('');
  const lines = [
    'CALL () {',
    `  MATCH (m:${label}) WHERE m.name IS NOT NULL AND m.id IS NOT NULL`,
    `  RETURN m.name AS edge ORDER BY m.name ${order}, m.id ${order} LIMIT 1`,
    '}',
    'CALL (edge) {',
    `  MATCH (n:${label})`,
    `  WHERE n.name ${comparison}= coalesce(${afterName}, edge) AND n.id IS NOT NULL`,
    `    AND ${visibleTo('n')}${where}${keyset}`,
    `  RETURN n ORDER BY n.name ${order}, n.id ${order} LIMIT ${statement.param(request.first + 1)}`,
    '}',
    `WITH n ORDER BY n.name ${order}, n.id ${order}`,
    `WITH collect(${projection}) AS items`,
  ];
  if (selectedNamed(connection, 'totalCount')) lines.push(...countLines(label, conditions));
  const precedes =
    request.after && selectedNamed(fieldsOf(selectedNamed(connection, 'pageInfo')), 'hasPreviousPage')
      ? `,\n  ${precedesExpression(label, conditions, order, afterName, afterId)} AS precedes`
      : '';
  lines.push(`RETURN items${selectedNamed(connection, 'totalCount') ? ', total' : ''}${precedes}`);
  return { name: `compiled/${spec.listField}`, text: lines.join('\n'), params: statement.params };
}

/**
 * `pageInfo.hasPreviousPage` of a page after a cursor: whether a node the list shows (visible,
 * filtered) is at or before the cursor, the cursor's own node or any before it. A seek on the
 * (name, id) index the other way from the page's; EXISTS stops at the first node it finds.
 */
function precedesExpression(
  label: NodeLabel,
  conditions: string[],
  order: 'ASC' | 'DESC',
  afterName: string,
  afterId: string,
): string {
  const atOrBefore = order === 'DESC' ? '>=' : '<=';
  return (
    `EXISTS { MATCH (n:${label}) WHERE n.name ${atOrBefore} ${afterName} AND n.id IS NOT NULL` +
    ` AND ${visibleTo('n')}${conditions.map((c) => ` AND ${c}`).join('')}` +
    ` AND [n.name, n.id] ${atOrBefore} [${afterName}, ${afterId}] }`
  );
}

function countLines(label: NodeLabel, conditions: string[]): string[] {
  if (conditions.length > 0) {
    return [
      'CALL () {',
      `  MATCH (n:${label}) WHERE ${visibleTo('n')}${conditions.map((c) => `\n    AND ${c}`).join('')}`,
      '  RETURN count(n) AS total',
      '}',
    ];
  }
  return [
    `CALL () { MATCH (n:${label}) RETURN count(n) AS stored }`,
    'CALL () {',
    '  WITH 1 AS public WHERE NOT $seeRestricted',
    `  MATCH (n:Node:${label}) USING INDEX n:Node(restricted)`,
    '  WHERE n.restricted = true',
    '  RETURN count(n) AS hidden',
    '}',
    'WITH items, stored - hidden AS total',
  ];
}

/**
 * Nodes by id, each projected for the selection `tree`, in any order (missing and invisible ones
 * left out): the nodes an analysis names. One statement for all the ids of one selection.
 */
export function compileByIds(
  tree: ResolveTree,
  ids: readonly string[],
  seeRestricted: boolean,
): CompiledRead {
  const statement = new Statement(seeRestricted);
  const projection = new NodeCompiler(statement).project('n', Object.values(NodeLabel), tree);
  const text =
    `UNWIND ${statement.param(ids)} AS id\n` +
    `MATCH (n:Node {id: id})\n` +
    `WHERE ${visibleTo('n')}\n` +
    `RETURN ${projection} AS node`;
  return { name: 'compiled/nodes', text, params: statement.params };
}

/** A relationship by key and type, with both ends and its evidence as selected (a `LinkResult`). */
export function compileLink(
  tree: ResolveTree,
  key: string,
  type: RelationshipType,
  seeRestricted: boolean,
): CompiledRead {
  if (!Object.values(RelationshipType).includes(type)) throw new Error(`Not a relationship type: ${type}`);
  const statement = new Statement(seeRestricted);
  const compiler = new NodeCompiler(statement);
  const fields = fieldsOf(tree);
  const evidence = selectedNamed(fields, 'evidence');
  const all = Object.values(NodeLabel);
  const entries = [
    'key: r.key',
    'type: type(r)',
    'year: r.year',
    'title: r.title',
    'context: r.context',
    'restricted: coalesce(r.restricted, false)',
    `from: ${compiler.project('a', all, selectedNamed(fields, 'from'))}`,
    `to: ${compiler.project('b', all, selectedNamed(fields, 'to'))}`,
  ];
  if (evidence) entries.push(`evidence: ${compiler.evidence('r', evidence)}`);
  const text =
    `MATCH (a)-[r:${type} {key: ${statement.param(key)}}]->(b)\n` +
    `WHERE ${visibleTo('r', 'a', 'b')}\n` +
    `RETURN {${entries.join(', ')}} AS link`;
  return { name: 'compiled/link', text, params: statement.params };
}
