import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import {
  type GraphQLInputObjectType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isListType,
  isNonNullType,
} from 'graphql';
import {
  COMMON_PROPERTIES,
  KINDS,
  NodeLabel,
  RELATIONSHIPS,
  endsAllowed,
  storedName,
  storedValues,
} from '../../src/model';
import { PROJECT_ROOT } from '../../src/config/config';
import { nodeEntrySchemas } from '../../src/seed/seed-schema';
import { buildGraphSchema } from '../../src/server/schema';

/**
 * The model (src/model) is the one description of each kind: the GraphQL types, list filters,
 * relationship fields, curation inputs and seed schemas must say the same, field for field.
 */
const KINDS_LIST = Object.values(NodeLabel);
/** Fields every node has that are not stored properties: the label, evidence and the generic walk. */
const DERIVED = ['kind', 'evidence', 'neighbours'];
/** Fields of one kind that are not stored properties either: a document's intake proposals. */
const DERIVED_OF: Partial<Record<NodeLabel, string[]>> = { Document: ['proposals'] };

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildGraphSchema();
});

const sorted = (values: Iterable<string>) => [...values].sort();

describe('the model and the GraphQL schema', () => {
  it.each(KINDS_LIST)(
    '%s: every field is a model property, relationship field or derived, and back',
    (label) => {
      const type = schema.getType(label) as GraphQLObjectType;
      const kind = KINDS[label];
      const expected = [
        ...COMMON_PROPERTIES.map((p) => p.field),
        ...kind.properties.map((p) => p.field),
        ...kind.relationships.map((r) => r.field),
        ...DERIVED,
        ...(DERIVED_OF[label] ?? []),
      ];
      expect(sorted(Object.keys(type.getFields()))).toEqual(sorted(expected));
    },
  );

  it.each(KINDS_LIST)('%s: relationship fields return the model kinds at the other end', (label) => {
    const type = schema.getType(label) as GraphQLObjectType;
    for (const spec of KINDS[label].relationships) {
      const field = type.getFields()[spec.field];
      const target = spec.to.length === 1 ? `${spec.to[0]}Relationship` : 'NodeRelationship';
      expect({ field: spec.field, type: String(field.type) }).toEqual({
        field: spec.field,
        type: `[${target}!]!`,
      });
      // Every relationship type of the field may join this kind to those at the other end.
      for (const relationship of spec.types) {
        const allowed = spec.to.some(
          (other) =>
            (spec.direction !== 'IN' && endsAllowed(relationship, label, other)) ||
            (spec.direction !== 'OUT' && endsAllowed(relationship, other, label)),
        );
        expect({ field: spec.field, relationship, allowed }).toEqual({
          field: spec.field,
          relationship,
          allowed: true,
        });
      }
    }
  });

  it.each(KINDS_LIST)('%s: the list filter takes exactly the model filters', (label) => {
    const filter = schema.getType(`${label}Filter`) as GraphQLInputObjectType;
    expect(sorted(Object.keys(filter.getFields()))).toEqual(sorted(KINDS[label].filters.map((f) => f.field)));
    const list = schema.getQueryType()!.getFields()[KINDS[label].listField];
    expect(getNamedType(list.type).name).toBe(`${label}Connection`);
    const byId = schema.getQueryType()!.getFields()[KINDS[label].byIdField];
    expect(String(byId.type)).toBe(`${label}!`);
  });

  it('lets curation set only what the model stores', () => {
    const inputs = Object.values(schema.getTypeMap()).filter((type) =>
      /^(Create|Update)\w+Input$/.test(type.name),
    );
    expect(inputs.length).toBeGreaterThanOrEqual(10);
    for (const input of inputs as GraphQLInputObjectType[]) {
      const label = input.name.replace(/^(Create|Update)|Input$/g, '') as NodeLabel;
      const kind = KINDS[label];
      expect(kind).toBeDefined();
      const stored = [...COMMON_PROPERTIES, ...kind.properties].map((p) => p.field);
      for (const field of Object.keys(input.getFields())) {
        if (['evidence', 'addEvidence', 'expectedVersion'].includes(field)) continue;
        expect({ input: input.name, field, stored: stored.includes(field) }).toEqual({
          input: input.name,
          field,
          stored: true,
        });
      }
    }
  });

  it('has a non-null GraphQL field exactly where the model says a property is required', () => {
    for (const label of KINDS_LIST) {
      const fields = (schema.getType(label) as GraphQLObjectType).getFields();
      for (const property of KINDS[label].properties) {
        const type = fields[property.field].type;
        const nullable = !isNonNullType(type) && !isListType(type);
        expect({ label, field: property.field, nullable }).toEqual({
          label,
          field: property.field,
          nullable: Boolean(property.nullable || property.restrictedOnly),
        });
      }
    }
  });
});

describe('the model and the seeds', () => {
  it.each(KINDS_LIST.filter((label) => label !== NodeLabel.Document))(
    '%s: the seed file schema has the model properties under their stored names',
    (label) => {
      const schemaKeys = Object.keys(nodeEntrySchemas[label as Exclude<NodeLabel, NodeLabel.Document>].shape);
      const expected = ['id', 'name', 'aliases', 'evidence', ...KINDS[label].properties.map(storedName)];
      expect(sorted(schemaKeys)).toEqual(sorted(expected));
    },
  );

  it('gives every relationship type at least one pair of kinds it may join', () => {
    for (const [type, spec] of Object.entries(RELATIONSHIPS)) {
      expect({ type, ends: spec.ends.length > 0 }).toEqual({ type, ends: true });
    }
  });
});

describe('the model and the analytics queries', () => {
  // The projection reads a few kind properties by name (`CASE WHEN n:Organisation THEN n.type END`):
  // each must be a stored property of that kind, or the analyses would quietly read nulls.
  it('reads only stored properties of the kinds it names', () => {
    const dir = path.join(PROJECT_ROOT, 'cypher/queries/analytics');
    const read: string[] = [];
    for (const file of fs.readdirSync(dir)) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      for (const [, label, property] of text.matchAll(/WHEN n:(\w+) THEN n\.(\w+)/g)) {
        read.push(`${file}: ${label}.${property}`);
      }
    }
    expect(read.length).toBeGreaterThanOrEqual(3);
    const unknown = read.filter((line) => {
      const [label, property] = line.split(': ')[1].split('.');
      return !KINDS[label as NodeLabel]?.properties.some((p) => storedName(p) === property);
    });
    expect(unknown).toEqual([]);
  });
});

describe('what is stored of a value (storedValues)', () => {
  it('leaves out lists that say nothing, as null so that a re-run removes a stale one', () => {
    expect(
      storedValues({
        aliases: [],
        formerNames: ['MOgroep'],
        evidenceReasons: ['', ''],
        evidenceInferred: [false, false],
        name: 'Delft',
        phone: null,
      }),
    ).toEqual({
      aliases: null,
      formerNames: ['MOgroep'],
      evidenceReasons: null,
      evidenceInferred: [false, false],
      name: 'Delft',
      phone: null,
    });
  });

  it('keeps the reasons, every piece in place, when one piece has a reason', () => {
    expect(storedValues({ evidenceReasons: ['', 'Afgeleid.'] })).toEqual({
      evidenceReasons: ['', 'Afgeleid.'],
    });
  });
});
