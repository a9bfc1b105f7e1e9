/**
 * Reads return a fixed list of properties (node/by-ids, <kind>/page, relationship/related), not
 * `n {.*}`. A scalar field added to a kind but not to those lists would quietly read as null: this
 * asks for every scalar field of every kind through `node`, the kind's list and `neighbours`, and
 * compares each with the stored property of the same name.
 */
import { getNamedType, GraphQLObjectType, isEnumType, isLeafType, type GraphQLSchema } from 'graphql';
import { NodeLabel } from '../../src/model';
import { buildGraphSchema } from '../../src/server/schema';
import { cypher } from '../support/graph-snapshot';
import { serviceSuite } from '../support/service-suite';
import { AS } from '../support/curation';
import { AUTH_ENV } from '../support/tokens';

type Row = Record<string, unknown>;
interface Field {
  name: string;
  isEnum: boolean;
}

/** The list field of each kind on Query. */
const LIST_FIELD: Record<NodeLabel, string> = {
  [NodeLabel.Municipality]: 'municipalities',
  [NodeLabel.Region]: 'regions',
  [NodeLabel.Organisation]: 'organisations',
  [NodeLabel.Person]: 'people',
  [NodeLabel.Programme]: 'programmes',
  [NodeLabel.Award]: 'awards',
  [NodeLabel.Criterion]: 'criteria',
  [NodeLabel.Theme]: 'themes',
  [NodeLabel.Quote]: 'quotes',
  [NodeLabel.Document]: 'documents',
};

/** The kind's fields that read a stored property: leaf-typed and without arguments. */
function scalarFields(schema: GraphQLSchema, label: NodeLabel): Field[] {
  const type = schema.getType(label) as GraphQLObjectType;
  return Object.values(type.getFields())
    .filter((f) => f.args.length === 0 && isLeafType(getNamedType(f.type)))
    .map((f) => ({ name: f.name, isEnum: isEnumType(getNamedType(f.type)) }));
}

/**
 * Fields named other than the property they read (`@Field({ name })`); `kind` is the label, which
 * is no property (a programme's and a document's own `kind` show as programmeKind, documentKind).
 */
const PROPERTY_OF: Record<string, string | null> = {
  kind: null,
  programmeKind: 'kind',
  documentKind: 'kind',
};

/** Every answered field that is also a stored property must equal it. */
function mismatches(label: string, answered: Row[], stored: Map<string, Row>, fields: Field[]): string[] {
  const out: string[] = [];
  for (const node of answered) {
    const props = stored.get(node.id as string) ?? {};
    for (const { name, isEnum } of fields) {
      const property = name in PROPERTY_OF ? PROPERTY_OF[name] : name;
      if (property === null || !(property in props) || props[property] === null) continue;
      // Enum values are the stored strings in upper case with `-` as `_`.
      const want = isEnum ? String(props[property]).toUpperCase().replace(/-/g, '_') : props[property];
      if (JSON.stringify(node[name]) !== JSON.stringify(want))
        out.push(`${label} ${String(node.id)}.${name}: ${JSON.stringify(node[name])}`);
    }
  }
  return out;
}

describe('every stored property a field shows is read, whatever the read', () => {
  const suite = serviceSuite(AUTH_ENV);
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildGraphSchema();
  });

  const ask = async (query: string) => {
    const { body } = await suite.service.post(query, {}, AS.researcher);
    expect(body.errors).toBeUndefined();
    return body.data as Row;
  };

  it.each(Object.values(NodeLabel))('%s: node, list and neighbours', async (label) => {
    const fields = scalarFields(schema, label);
    const selection = fields.map((f) => f.name).join(' ');
    const rows = await cypher(suite.database, `MATCH (n:${label}) RETURN n.id AS id, n {.*} AS props`);
    const stored = new Map(rows.map((r) => [r.id as string, r.props as Row]));
    // Every node of the kind through `node` (node/by-ids), 25 aliases a request.
    const ids = [...stored.keys()];
    const byId: Row[] = [];
    for (let i = 0; i < ids.length; i += 25) {
      const aliases = ids
        .slice(i, i + 25)
        .map((id, k) => `n${k}: node(id: ${JSON.stringify(id)}) { ... on ${label} { ${selection} } }`);
      byId.push(...(Object.values(await ask(`{ ${aliases.join(' ')} }`)) as Row[]));
    }
    const list = await ask(`{ ${LIST_FIELD[label]}(first: 100) { edges { node { ${selection} } } } }`);
    const listed = (list[LIST_FIELD[label]] as { edges: { node: Row }[] }).edges.map((e) => e.node);
    const around = await ask(
      `{ node(id: "municipality:delft") { neighbours(first: 100) { edges { node { ... on ${label} { ${selection} } } } } } }`,
    );
    const neighbours = ((around.node as Row).neighbours as { edges: { node: Row }[] }).edges
      .map((n) => n.node)
      .filter((n) => n.id);

    expect(byId).toHaveLength(ids.length);
    expect(listed.length).toBeGreaterThan(0);
    expect([
      ...mismatches(`node`, byId, stored, fields),
      ...mismatches(`list`, listed, stored, fields),
      ...mismatches(`neighbours`, neighbours, stored, fields),
    ]).toEqual([]);
  });
});
