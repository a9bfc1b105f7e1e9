import 'reflect-metadata';
import { validateSync } from 'class-validator';
import {
  type GraphQLEnumType,
  type GraphQLInputObjectType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
} from 'graphql';
import { KINDS, NodeLabel, type PropertySpec, curatedProperties } from '../../src/model';
import {
  CREATE_INPUTS,
  CURATED_LABELS,
  type CuratedKind,
  UPDATE_INPUTS,
} from '../../src/graph/curation/node.inputs';
import type { AddDocumentInput } from '../../src/graph/curation/document.inputs';
import { documentProperties } from '../../src/graph/curation/document.properties';
import { changedProperties, createdProperties } from '../../src/graph/curation/node.properties';
import { inputDescription } from '../../src/graph/curation/property-fields';
import { buildGraphSchema } from '../../src/server/schema';

/**
 * The curation inputs are generated from the model (src/graph/curation/property-fields.ts): each
 * curated kind's `Create<Kind>Input` and `Update<Kind>Input` take exactly its curated properties,
 * typed, described and checked as the model says, and store them under the model's names.
 */
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildGraphSchema();
});

const SHARED = { create: ['id', 'name', 'aliases', 'evidence'], update: ['name', 'aliases', 'addEvidence'] };
const sorted = (values: Iterable<string>) => [...values].sort();
const input = (name: string) => schema.getType(name) as GraphQLInputObjectType;

/** The GraphQL type a model property's input field should have, before nullability. */
function expectedType(property: PropertySpec): string {
  if (property.type === 'string[]') return '[String!]';
  if (property.type === 'enum') return 'an enum';
  return { string: 'String', int: 'Int', boolean: 'Boolean', date: 'String' }[property.type];
}

describe('the curation inputs and the model', () => {
  it('has create and update inputs for every kind with a curated property', () => {
    const orphans = Object.values(KINDS)
      .filter((kind) => curatedProperties(kind).length > 0)
      .map((kind) => kind.label)
      .filter((label) => !CURATED_LABELS.includes(label as CuratedKind));
    expect(orphans).toEqual([]);
  });

  it.each(CURATED_LABELS)(
    '%s: the inputs take the shared fields and exactly its curated properties',
    (label) => {
      const own = curatedProperties(KINDS[label]).map((p) => p.field);
      expect(sorted(Object.keys(input(`Create${label}Input`).getFields()))).toEqual(
        sorted([...SHARED.create, ...own]),
      );
      expect(sorted(Object.keys(input(`Update${label}Input`).getFields()))).toEqual(
        sorted([...SHARED.update, ...own]),
      );
    },
  );

  it.each(CURATED_LABELS)(
    '%s: each field has the model’s type, nullability, default and description',
    (label) => {
      for (const property of curatedProperties(KINDS[label])) {
        for (const mode of ['create', 'update'] as const) {
          const field = input(`${mode === 'create' ? 'Create' : 'Update'}${label}Input`).getFields()[
            property.field
          ];
          const named = getNamedType(field.type);
          const type = isEnumType(named) ? 'an enum' : String(field.type).replace(/!$/, '');
          const required = mode === 'create' && (!property.nullable || property.type === 'string[]');
          expect({ field: property.field, mode, type, required: String(field.type).endsWith('!') }).toEqual({
            field: property.field,
            mode,
            type: expectedType(property),
            required,
          });
          if (isEnumType(named)) {
            expect(sorted((named as GraphQLEnumType).getValues().map((v) => v.value as string))).toEqual(
              sorted(property.values ?? []),
            );
          }
          const listDefault = mode === 'create' && property.type === 'string[]' ? [] : undefined;
          expect(field.defaultValue).toEqual(property.default ?? listDefault);
          expect(field.description).toBe(inputDescription(property, mode));
        }
      }
    },
  );

  it('bounds every curated text and list (no unbounded input reaches the database)', () => {
    const unbounded: string[] = [];
    for (const kind of Object.values(KINDS)) {
      for (const property of curatedProperties(kind)) {
        const name = `${kind.label}.${property.field}`;
        if (['string', 'string[]'].includes(property.type) && !property.maxLength && !property.pattern) {
          unbounded.push(`${name}: no maxLength or pattern`);
        }
        if (property.type === 'string[]' && !property.maxItems) unbounded.push(`${name}: no maxItems`);
      }
    }
    expect(unbounded).toEqual([]);
  });
});

/** The messages class-validator gives for one field of an input, as editors read them. */
function messages(
  mode: 'create' | 'update',
  label: CuratedKind,
  values: Record<string, unknown>,
  field: string,
) {
  const Input = (mode === 'create' ? CREATE_INPUTS : UPDATE_INPUTS)[label];
  const instance = Object.assign(new Input(), values);
  const errors = validateSync(instance, { forbidUnknownValues: true });
  return errors.filter((e) => e.property === field).flatMap((e) => Object.values(e.constraints ?? {}));
}

describe('the generated checks', () => {
  const tooMany = [...Array<string>(20).fill('Oud'), '', 'x'.repeat(201)];

  it.each(['create', 'update'] as const)(
    '%s: refuses what the model refuses, with the same messages',
    (mode) => {
      expect(messages(mode, NodeLabel.Person, { phone: 'bel me' }, 'phone')).toEqual([
        'phone must be a telephone number (digits, spaces, + - ( ))',
      ]);
      expect(messages(mode, NodeLabel.Organisation, { formerNames: tooMany }, 'formerNames')).toEqual([
        'formerNames must contain no more than 20 elements',
        'each value in formerNames should not be empty',
        'each value in formerNames must be shorter than or equal to 200 characters',
      ]);
      expect(messages(mode, NodeLabel.Programme, { description: 'x'.repeat(2001) }, 'description')).toEqual([
        'description must be shorter than or equal to 2000 characters',
      ]);
      expect(messages(mode, NodeLabel.Programme, { description: '' }, 'description')).toEqual([
        'description should not be empty',
      ]);
      expect(messages(mode, NodeLabel.Organisation, { type: 'BANK' }, 'type')).toEqual([
        `type must be one of the following values: ${KINDS.Organisation.properties[0].values!.join(', ')}`,
      ]);
    },
  );

  it('accepts good values, and null where the field may be left out', () => {
    expect(messages('create', NodeLabel.Person, { phone: '+31 (0)10 123-45-67' }, 'phone')).toEqual([]);
    expect(messages('create', NodeLabel.Person, { phone: null }, 'phone')).toEqual([]);
    expect(messages('update', NodeLabel.Organisation, { type: null }, 'type')).toEqual([]);
    // A create input must give a required value.
    expect(messages('create', NodeLabel.Organisation, { type: null }, 'type')).not.toEqual([]);
  });
});

describe('what the inputs store', () => {
  const { Organisation, Person, Programme } = NodeLabel;

  // Which keys, exactly, is checked for every kind below; here, the values.
  it('stores a create input’s properties under their stored names, absent ones as null', () => {
    expect(createdProperties(Programme, { programmeKind: 'PILOT' })).toMatchObject({
      kind: 'PILOT',
      description: null,
    });
    expect(createdProperties(Organisation, { type: 'CARE', formerNames: ['Oud'] })).toMatchObject({
      type: 'CARE',
      formerNames: ['Oud'],
    });
  });

  it('changes only what an update gives; null removes only what may be absent', () => {
    expect(changedProperties(Programme, { programmeKind: 'EVENT', description: null })).toEqual({
      kind: 'EVENT',
      description: null,
    });
    expect(changedProperties(Person, { phone: null })).toEqual({ phone: null });
    expect(changedProperties(Person, {})).toEqual({});
    // A required value and a list stay as they are on null; an empty list removes the list.
    expect(changedProperties(Organisation, { type: null, formerNames: null })).toEqual({});
    expect(changedProperties(Organisation, { formerNames: [] })).toEqual({ formerNames: null });
  });

  it('covers every stored name of every curated property (no property is dropped on the way)', () => {
    for (const label of CURATED_LABELS) {
      const values = Object.fromEntries(
        curatedProperties(KINDS[label]).map((p) => [p.field, `value of ${p.field}`]),
      );
      const stored = curatedProperties(KINDS[label]).map((p) => p.stored ?? p.field);
      expect({ label, created: sorted(Object.keys(createdProperties(label, values))) }).toEqual({
        label,
        created: sorted(stored),
      });
      expect({ label, changed: sorted(Object.keys(changedProperties(label, values))) }).toEqual({
        label,
        changed: sorted(stored),
      });
    }
  });
});

describe('what addDocument stores', () => {
  it('stores every property the model gives a document, the text split at the marker', () => {
    const input = {
      id: 'document:999-test',
      title: 'Test',
      text: 'Openbaar deel. Niet voor publicatie: geheim.',
      restrictedFrom: 'Niet voor publicatie',
      restricted: false,
      language: 'nl',
      documentKind: 'news',
    } as AddDocumentInput;
    const props = documentProperties(input);
    const missing = KINDS.Document.properties
      .map((p) => p.stored ?? p.field)
      .filter((name) => !(name in props));
    expect(missing).toEqual([]);
    expect(props).toMatchObject({ text: 'Openbaar deel.', restrictedText: 'Niet voor publicatie: geheim.' });
  });
});
