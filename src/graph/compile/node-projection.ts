import type { ResolveTree } from 'graphql-parse-resolve-info';
import {
  COMMON_PROPERTIES,
  Direction,
  KINDS,
  LIMITS,
  NodeLabel,
  type PropertySpec,
  RelationshipType,
  type RelationshipFieldSpec,
  evidenceCypher,
  storedName,
  visibleTo,
} from '../../model';
import { decodeCursor } from '../records/cursor';
import { type Fields, fieldsOf, selectedNamed } from './selection';
import { type Statement, mapKey } from './statement';

/**
 * Compiles a selection into one Cypher map projection per node: the scalars asked for, evidence and
 * long texts only when selected, and every typed relationship field and `neighbours` as a `COLLECT`
 * subquery with its own `first`, order and restriction filter, to any depth. The result is the
 * record the field resolvers read (by response key under `_`), so they make no round trip.
 */

const ALL_KINDS = Object.values(NodeLabel);
const ALL_TYPES = Object.values(RelationshipType);

/** The GraphQL fields of a node that read a stored property, per kind (the model's properties). */
const PROPERTIES: Record<NodeLabel, Map<string, PropertySpec>> = Object.fromEntries(
  ALL_KINDS.map((label) => [
    label,
    new Map([...COMMON_PROPERTIES, ...KINDS[label].properties].map((p) => [p.field, p])),
  ]),
) as Record<NodeLabel, Map<string, PropertySpec>>;

const RELATIONSHIP_FIELDS: Record<NodeLabel, Map<string, RelationshipFieldSpec>> = Object.fromEntries(
  ALL_KINDS.map((label) => [label, new Map(KINDS[label].relationships.map((r) => [r.field, r]))]),
) as Record<NodeLabel, Map<string, RelationshipFieldSpec>>;

/** The scalar fields of a relationship met on a walk (`GraphEdge`), each read only when selected. */
const WALK_EDGE_FIELDS: Record<string, (rel: string) => string> = {
  key: (r) => `${r}.key`,
  type: (r) => `type(${r})`,
  from: (r) => `startNode(${r}).id`,
  to: (r) => `endNode(${r}).id`,
  year: (r) => `${r}.year`,
  title: (r) => `${r}.title`,
  context: (r) => `${r}.context`,
  restricted: (r) => `coalesce(${r}.restricted, false)`,
};

/** The record keys every node carries, selected or not: cursors, `resolveType` and the fallbacks need them. */
const ALWAYS = ['.id', '.name'];

/** `first` as the read uses it: out-of-range values are refused by the field's own validation. */
function firstOf(tree: ResolveTree, fallback: number): number {
  const first = Number(tree.args.first ?? fallback);
  return Number.isInteger(first) ? Math.min(Math.max(first, 0), LIMITS.maxPageSize) : fallback;
}

function labelExpression(variable: string, kinds: readonly NodeLabel[]): string {
  return kinds.length === 1 ? `'${kinds[0]}'` : `head([l IN labels(${variable}) WHERE l <> 'Node'])`;
}

/** `(m:Organisation)`, `(m:Organisation|Municipality)`, or `(m)` for any kind. */
export function nodePattern(variable: string, kinds: readonly NodeLabel[]): string {
  const known = kinds.filter((kind) => ALL_KINDS.includes(kind));
  return known.length === 0 || known.length === ALL_KINDS.length
    ? `(${variable})`
    : `(${variable}:${known.join('|')})`;
}

function relationshipPattern(
  from: string,
  rel: string,
  types: readonly RelationshipType[],
  direction: Direction,
): string {
  const known = [...new Set(types.filter((type) => ALL_TYPES.includes(type)))].sort();
  const typed = known.length === 0 || known.length === ALL_TYPES.length ? '' : `:${known.join('|')}`;
  const [left, right] =
    direction === Direction.OUT ? ['-', '->'] : direction === Direction.IN ? ['<-', '-'] : ['-', '-'];
  return `(${from})${left}[${rel}${typed}]${right}`;
}

export class NodeCompiler {
  constructor(private readonly statement: Statement) {}

  /** The map projection of node `variable`, one of `kinds`, for the fields selected in `tree`. */
  project(variable: string, kinds: readonly NodeLabel[], tree: ResolveTree | undefined): string {
    const byKind = new Map(kinds.map((kind) => [kind, fieldsOf(tree, ['Node', kind])]));
    const entries = [...ALWAYS, `label: ${labelExpression(variable, kinds)}`];
    entries.push(...this.scalars(variable, byKind));
    const all = fieldsOf(tree, ['Node', ...kinds]);
    const evidence = selectedNamed(all, 'evidence');
    if (evidence) entries.push(`evidence: ${this.evidence(variable, evidence)}`);
    const documentText = this.documentText(variable, byKind);
    if (documentText) entries.push(documentText);
    const nested = this.nested(variable, kinds, byKind);
    if (nested) entries.push(`_: ${nested}`);
    return `${variable} {${entries.join(', ')}}`;
  }

  /**
   * The projection of the node an expression gives (`startNode(r)`): a map projection needs a
   * variable, so a one-item list comprehension binds one.
   */
  projectValue(expression: string, kinds: readonly NodeLabel[], tree: ResolveTree | undefined): string {
    const v = this.statement.variable('v');
    return `[${v} IN [${expression}] | ${this.project(v, kinds, tree)}][0]`;
  }

  /**
   * A relationship met on a walk (`GraphEdge`): not seen from either end, so its ends as stored
   * (`from`, `to`) and, when selected, the nodes there (`source`, `target`), each projected for its
   * own selection.
   */
  walkEdge(rel: string, tree: ResolveTree | undefined): string {
    const fields = fieldsOf(tree);
    const selected = new Set(Object.values(fields).map((field) => field.name));
    // Only what is selected: a neighbourhood returns up to five edges a node, and every property
    // read is a db hit per edge.
    const entries = Object.entries(WALK_EDGE_FIELDS)
      .filter(([field]) => selected.has(field))
      .map(([field, value]) => `${field}: ${value(rel)}`);
    const evidence = selectedNamed(fields, 'evidence');
    if (evidence) entries.push(`evidence: ${this.evidence(rel, evidence)}`);
    for (const [end, expression] of [
      ['source', `startNode(${rel})`],
      ['target', `endNode(${rel})`],
    ]) {
      const node = selectedNamed(fields, end);
      if (node) entries.push(`${end}: ${this.projectValue(expression, ALL_KINDS, node)}`);
    }
    return `{${entries.join(', ')}}`;
  }

  private scalars(variable: string, byKind: Map<NodeLabel, Fields>): string[] {
    const out = new Set<string>();
    for (const [kind, fields] of byKind) {
      for (const tree of Object.values(fields)) {
        const property = PROPERTIES[kind].get(tree.name);
        // id and name are always there; a document's texts come as `documentText` (see below).
        if (!property || ALWAYS.includes(`.${property.field}`)) continue;
        if (!(kind === NodeLabel.Document && property.long)) out.add(this.scalar(variable, property));
      }
    }
    return [...out];
  }

  private scalar(variable: string, property: PropertySpec): string {
    const stored = storedName(property);
    if (property.type === 'string[]') return `${stored}: coalesce(${variable}.${stored}, [])`;
    if (stored === 'restricted') return `restricted: coalesce(${variable}.restricted, false)`;
    return `.${stored}`;
  }

  /** A document's text and restricted text, as the `documentText` the text resolvers read. */
  private documentText(variable: string, byKind: Map<NodeLabel, Fields>): string | undefined {
    const fields = byKind.get(NodeLabel.Document);
    if (!fields) return undefined;
    const names = new Set(Object.values(fields).map((tree) => tree.name));
    if (!names.has('text') && !names.has('restrictedText')) return undefined;
    const text =
      `{text: coalesce(${variable}.text, ''), ` +
      `restrictedText: CASE WHEN $seeRestricted THEN ${variable}.restrictedText END}`;
    return byKind.size === 1
      ? `documentText: ${text}`
      : `documentText: CASE WHEN ${variable}:Document THEN ${text} END`;
  }

  /**
   * Evidence, stored as parallel lists on the node or relationship: zipped here, without the pieces
   * from restricted sources for a viewer who may not see them, each with its document if selected.
   */
  evidence(owner: string, tree: ResolveTree): string {
    const i = this.statement.variable('i');
    const documentTree = selectedNamed(fieldsOf(tree), 'document');
    let document = '';
    if (documentTree) {
      const d = this.statement.variable('d');
      document =
        `, document: COLLECT { MATCH (${d}:Document {id: ${owner}.evidenceDocuments[${i}]}) ` +
        `WHERE ${visibleTo(d)} RETURN ${this.project(d, [NodeLabel.Document], documentTree)} }[0]`;
    }
    return evidenceCypher(owner, i, document);
  }

  /** The relationship fields and `neighbours` below a node, by response key. */
  private nested(variable: string, kinds: readonly NodeLabel[], byKind: Map<NodeLabel, Fields>): string {
    const keys = new Map<string, Map<NodeLabel, ResolveTree>>();
    for (const [kind, fields] of byKind) {
      for (const [key, tree] of Object.entries(fields)) {
        if (tree.name !== 'neighbours' && !RELATIONSHIP_FIELDS[kind].has(tree.name)) continue;
        if (!keys.has(key)) keys.set(key, new Map());
        keys.get(key)!.set(kind, tree);
      }
    }
    if (keys.size === 0) return '';
    const entries = [...keys].map(([key, perKind]) => {
      // Kinds that ask the same of the same relationships share one subquery (`neighbours` is on
      // every kind; a municipality and a region share their place fields): one expression each.
      const groups = new Map<
        string,
        { kinds: NodeLabel[]; tree: ResolveTree; spec?: RelationshipFieldSpec }
      >();
      for (const [kind, tree] of perKind) {
        const spec = tree.name === 'neighbours' ? undefined : RELATIONSHIP_FIELDS[kind].get(tree.name)!;
        const signature = JSON.stringify([spec && [spec.types, spec.direction, spec.to], tree]);
        const group = groups.get(signature) ?? { kinds: [], tree, spec };
        group.kinds.push(kind);
        groups.set(signature, group);
      }
      const expressions = [...groups.values()].map((group) => ({
        kinds: group.kinds,
        cypher: group.spec
          ? this.related(variable, group.spec, group.tree)
          : this.neighbours(variable, group.tree),
      }));
      const value =
        expressions.length === 1 && expressions[0].kinds.length === kinds.length
          ? expressions[0].cypher
          : `CASE ${expressions
              .map(
                (e) => `WHEN ${e.kinds.map((kind) => `${variable}:${kind}`).join(' OR ')} THEN ${e.cypher}`,
              )
              .join(' ')} END`;
      return `${mapKey(key)}: ${value}`;
    });
    return `{${entries.join(', ')}}`;
  }

  /** What every relationship shows, seen from `from`, with the node at the other end. */
  private relationship(
    from: string,
    rel: string,
    other: string,
    kinds: readonly NodeLabel[],
    tree: ResolveTree,
  ) {
    const fields = fieldsOf(tree);
    const evidence = selectedNamed(fields, 'evidence');
    const node = selectedNamed(fields, 'node');
    return (
      `{key: ${rel}.key, type: type(${rel}), year: ${rel}.year, title: ${rel}.title, context: ${rel}.context, ` +
      `restricted: coalesce(${rel}.restricted, false), ` +
      `direction: CASE WHEN startNode(${rel}) = ${from} THEN 'OUT' ELSE 'IN' END` +
      (evidence ? `, evidence: ${this.evidence(rel, evidence)}` : '') +
      `, node: ${this.project(other, kinds, node)}}`
    );
  }

  /** A typed relationship field: its first `first` relationships by the other end's name, id and key. */
  private related(from: string, spec: RelationshipFieldSpec, tree: ResolveTree): string {
    const rel = this.statement.variable('r');
    const other = this.statement.variable('m');
    const limit = this.statement.param(firstOf(tree, LIMITS.defaultRelatedSize));
    return (
      `COLLECT { MATCH ${relationshipPattern(from, rel, spec.types, spec.direction)}${nodePattern(other, spec.to)} ` +
      `WHERE ${visibleTo(rel, other)} WITH ${rel}, ${other} ORDER BY ${other}.name, ${other}.id, ${rel}.key ` +
      `LIMIT ${limit} RETURN ${this.relationship(from, rel, other, spec.to, tree)} }`
    );
  }

  /**
   * `neighbours(types, direction, kinds, first, after)`: one page (`first + 1` items, the extra one
   * says whether more follow) after the keyset cursor, and the total only when selected.
   */
  private neighbours(from: string, tree: ResolveTree): string {
    const args = tree.args as {
      types?: RelationshipType[] | null;
      direction?: Direction;
      kinds?: NodeLabel[] | null;
      after?: string | null;
    };
    const types = args.types?.length ? args.types : ALL_TYPES;
    const kinds = args.kinds?.length ? args.kinds : ALL_KINDS;
    const direction = args.direction ?? Direction.BOTH;
    const rel = this.statement.variable('r');
    const other = this.statement.variable('m');
    const pattern = `${relationshipPattern(from, rel, types, direction)}${nodePattern(other, kinds)}`;
    const connection = fieldsOf(tree);
    const edge = selectedNamed(connection, 'edges');
    const after = keysetOf(args.after);
    const keyset = after
      ? ` AND [${other}.name, ${other}.id, ${rel}.key] > ${this.statement.param(after)}`
      : after === null
        ? ' AND false'
        : '';
    const limit = this.statement.param(firstOf(tree, LIMITS.defaultPageSize) + 1);
    const items =
      `COLLECT { MATCH ${pattern} WHERE ${visibleTo(rel, other)}${keyset} ` +
      `WITH ${rel}, ${other} ORDER BY ${other}.name, ${other}.id, ${rel}.key LIMIT ${limit} ` +
      `RETURN ${this.relationship(from, rel, other, kinds, edge ?? emptyTree('edges'))} }`;
    const total = selectedNamed(connection, 'totalCount')
      ? `, total: COUNT { MATCH ${pattern} WHERE ${visibleTo(rel, other)} }`
      : '';
    const precedes = after ? this.precedes(connection, pattern, rel, other, after) : '';
    return `{items: ${items}${total}${precedes}}`;
  }

  /**
   * `pageInfo.hasPreviousPage` after a cursor, when selected: whether a neighbour the page would show
   * is at or before the cursor (its own, or any before it); EXISTS stops at the first.
   */
  private precedes(connection: Fields, pattern: string, rel: string, other: string, after: string[]) {
    if (!selectedNamed(fieldsOf(selectedNamed(connection, 'pageInfo')), 'hasPreviousPage')) return '';
    const keyset = `[${other}.name, ${other}.id, ${rel}.key] <= ${this.statement.param(after)}`;
    return `, precedes: EXISTS { MATCH ${pattern} WHERE ${visibleTo(rel, other)} AND ${keyset} }`;
  }
}

function emptyTree(name: string): ResolveTree {
  return { name, alias: name, args: {}, fieldsByTypeName: {} };
}

/**
 * The keyset of a neighbours cursor as the read compares it: undefined without a cursor, null for
 * one that does not decode (the field's resolver then reports it; the read returns nothing for it).
 */
function keysetOf(after: string | null | undefined): string[] | null | undefined {
  if (!after) return undefined;
  try {
    const [name, id, key = ''] = decodeCursor(after);
    return [name, id, key];
  } catch {
    return null; // the field's resolver decodes it again and reports it
  }
}
