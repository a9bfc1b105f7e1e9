/**
 * The compiler without a database (tests/unit/compile): an operation in, the statements its root
 * fields compile to out, recorded by a dry run (src/graph/compile/operation.ts) on the schema
 * `npm run cypher` builds. Nothing here starts or needs Neo4j.
 */
import { isDeepStrictEqual } from 'node:util';
import type { RecordedStatement } from '../../src/db/dry-run';
import { statementsOf } from '../../src/graph/compile/operation';
import { encodeCursor } from '../../src/graph/records/cursor';
import {
  ANONYMOUS,
  COMMON_PROPERTIES,
  type FilterSpec,
  KINDS,
  type KindSpec,
  type Viewer,
  exampleIdOf,
} from '../../src/model';
import { buildGraphSchema } from '../../src/server/schema';
import { layoutCypher } from './cypher-text';

/** A viewer who may not see restricted facts: no token. */
export const PUBLIC: Viewer = ANONYMOUS;

/** A viewer who may: a researcher's token (`npm run cypher -- --researcher`). */
export const RESEARCHER: Viewer = {
  subject: 'test-researcher',
  roles: new Set(['researcher']),
  seeRestricted: true,
};

/** Every statement `operation` sends, in order, as `viewer` (on the schema built once per process). */
export async function compileAll(
  operation: string,
  viewer: Viewer = PUBLIC,
  variables: Record<string, unknown> = {},
): Promise<RecordedStatement[]> {
  return statementsOf(await buildGraphSchema(), operation, viewer, variables);
}

/** The one statement an operation of one root field sends. */
export async function compile(
  operation: string,
  viewer: Viewer = PUBLIC,
  variables: Record<string, unknown> = {},
): Promise<RecordedStatement> {
  const statements = await compileAll(operation, viewer, variables);
  if (statements.length !== 1) {
    throw new Error(`Expected one statement, got ${statements.length} for ${operation}`);
  }
  return statements[0];
}

/**
 * A statement as its snapshot shows it: the exact name and parameters, and the exact text with its
 * long lines broken for reading (see layoutCypher; the layout is checked to give back the text).
 */
export function forReview(statement: RecordedStatement): { name: string; params: unknown; cypher: string } {
  return { name: statement.name, params: statement.params, cypher: layoutCypher(statement.text) };
}

/** Every scalar GraphQL field of a kind: the ones every node has and the kind's own properties. */
export function scalarsOf(kind: KindSpec): string {
  return [...COMMON_PROPERTIES, ...kind.properties].map((p) => p.field).join(' ');
}

/** By id: every scalar and every typed relationship field of the kind, each with its node's id and name. */
export function byIdOperation(kind: KindSpec): string {
  const relationships = kind.relationships.map((r) => `${r.field} { key type node { id name } }`);
  return `{ ${kind.byIdField}(id: ${JSON.stringify(exampleIdOf([kind.label]))}) {
    ${scalarsOf(kind)} ${relationships.join(' ')} } }`;
}

/** A list page: the total, the cursors and every scalar. */
export function listOperation(kind: KindSpec, args = 'first: 5'): string {
  return `{ ${kind.listField}(${args}) { totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { ${scalarsOf(kind)} } } } }`;
}

/** A value a list filter takes, as a GraphQL literal. */
export function filterValue(kind: KindSpec, filter: FilterSpec): string {
  if (filter.type === 'int') return '2017';
  if (filter.type === 'id') return JSON.stringify(exampleIdOf(filter.ids ?? [kind.label]).split(' or ')[0]);
  if (filter.type === 'enum') {
    return filter.field === 'documentKind' ? '"news"' : filter.field === 'type' ? 'SOCIAL_WORK' : 'PROJECT';
  }
  return '"jeugd"';
}

/** A cursor as the API gives it out: the keyset of the last item seen. */
export const cursor = (...keyset: [name: string, id: string, key?: string]) => encodeCursor(keyset);

/** Strings a client could send to break out of a value: none may reach a statement's text. */
export const HOSTILE = [
  "x') DETACH DELETE n //",
  '"}) MATCH (m) DETACH DELETE m //',
  "' OR true OR '",
  'a`b} RETURN 1 //',
  'true) OR ($seeRestricted',
];

/**
 * Operations that together use every part of the read compiler: each kind by id and as a list with
 * each of its filters, `node(id)` with fragments, nested relationship fields, evidence, documents,
 * `neighbours` with every argument and a cursor, aliases, fragments and directives.
 */
export function corpus(): [name: string, operation: string, variables?: Record<string, unknown>][] {
  const kinds = Object.values(KINDS);
  return [
    ...kinds.map((kind): [string, string] => [`${kind.byIdField} by id`, byIdOperation(kind)]),
    ...kinds.map((kind): [string, string] => [`${kind.listField} list`, listOperation(kind)]),
    ...kinds.flatMap((kind) =>
      kind.filters.map((filter): [string, string] => [
        `${kind.listField} by ${filter.field}, descending, after a cursor`,
        listOperation(
          kind,
          `first: 3, orderBy: NAME_DESC, after: "${cursor('Meppel', `${kind.idPrefix}:meppel`)}", ` +
            `filter: { ${filter.field}: ${filterValue(kind, filter)} }`,
        ),
      ]),
    ),
    [
      'node with fragments on several kinds',
      `{ node(id: "org:kwadraad") { id kind
        ... on Municipality { nominatedBy(first: 3) { key node { id } } }
        ... on Organisation { type partners(first: 4) { key node { id kind } } }
        ... on Document { title text restrictedText } } }`,
    ],
    [
      'two levels of relationship fields, with evidence and its documents',
      `{ municipality(id: "municipality:delft") { evidence { excerpt inferred reason document { id title } }
        nominatedBy(first: 2) { key evidence { excerpt document { title text restrictedText } }
          node { id partners(first: 3) { key context node { id ... on Region { members { node { id } } } } } } } } }`,
    ],
    [
      'neighbours with every argument, a cursor and the total',
      `{ organisation(id: "org:kwadraad") { neighbours(types: [PARTNERS_WITH, MEMBER_OF], direction: OUT,
        kinds: [Organisation, Municipality], first: 5, after: "${cursor('Delft', 'municipality:delft', 'rel-key')}") {
          totalCount edges { cursor evidence { excerpt document { id } } node { id
            neighbours(first: 2) { edges { node { id } } } } } } } }`,
    ],
    [
      'aliases of one relationship field with different arguments',
      `{ organisation(id: "org:kwadraad") { few: partners(first: 1) { key } many: partners(first: 50) {
        key node { name } } out: neighbours(direction: OUT) { totalCount } in: neighbours(direction: IN) {
          edges { node { id } } } } }`,
    ],
    [
      'named fragments and directives',
      `query($why: Boolean!, $not: Boolean!) { municipality(id: "municipality:delft") { ...M } }
      fragment M on Municipality { id evidence @include(if: $why) { excerpt }
        partners @skip(if: $not) { ...R } }
      fragment R on NodeRelationship { key node { id } }`,
      { why: true, not: false },
    ],
  ];
}

/** The reference (`$p3`) of the one parameter holding `value`, found by value, not by its number. */
export function parameterOf(statement: RecordedStatement, value: unknown): string {
  const names = Object.keys(statement.params).filter((name) =>
    isDeepStrictEqual(statement.params[name], value),
  );
  if (names.length !== 1) {
    throw new Error(
      `${names.length} parameters hold ${JSON.stringify(value)}: ${JSON.stringify(statement.params)}`,
    );
  }
  return `$${names[0]}`;
}
