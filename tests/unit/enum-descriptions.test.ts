/**
 * The enums' values are described once, beside the enums (src/model/labels.ts): the schema, and so
 * the SDL and the Sandbox, carry exactly those words, and the explorer's own kind labels (web/src/i18n.ts)
 * are the ones the descriptions name, so the three never tell a different story.
 */
import { type GraphQLEnumType, type GraphQLSchema, buildSchema as buildSdl } from 'graphql';
import fs from 'node:fs';
import { PROJECT_ROOT } from '../../src/config/config';
import {
  DIRECTION_DESCRIPTIONS,
  type Described,
  NAME_ORDER_DESCRIPTIONS,
  NODE_LABEL_DESCRIPTIONS,
  NodeLabel,
  ORGANISATION_TYPE_DESCRIPTIONS,
  PROGRAMME_KIND_DESCRIPTIONS,
  RELATIONSHIP_TYPE_DESCRIPTIONS,
} from '../../src/model';
import { buildGraphSchema, ROOT_TYPE_DESCRIPTIONS } from '../../src/server/schema';
import { ALL_KINDS } from '../../web/src/kinds';
import { ALL_RELATIONSHIP_TYPES, kindLabel } from '../../web/src/i18n';

const ENUMS: [graphqlName: string, descriptions: Described<string>][] = [
  ['NodeKind', NODE_LABEL_DESCRIPTIONS],
  ['RelationshipType', RELATIONSHIP_TYPE_DESCRIPTIONS],
  ['OrganisationType', ORGANISATION_TYPE_DESCRIPTIONS],
  ['ProgrammeKind', PROGRAMME_KIND_DESCRIPTIONS],
  ['Direction', DIRECTION_DESCRIPTIONS],
  ['NameOrder', NAME_ORDER_DESCRIPTIONS],
];

function descriptionsOf(schema: GraphQLSchema, name: string): Record<string, string | null | undefined> {
  const type = schema.getType(name) as GraphQLEnumType;
  return Object.fromEntries(type.getValues().map((value) => [value.name, value.description]));
}

describe('enum value descriptions (src/model/labels.ts)', () => {
  let built: GraphQLSchema;
  let checkedIn: GraphQLSchema;

  beforeAll(async () => {
    built = await buildGraphSchema();
    checkedIn = buildSdl(fs.readFileSync(`${PROJECT_ROOT}/schema.graphql`, 'utf8'));
  });

  it.each(ENUMS)(
    '%s: the schema and schema.graphql carry the model’s words for every value',
    (name, model) => {
      expect(descriptionsOf(built, name)).toEqual(model);
      expect(descriptionsOf(checkedIn, name)).toEqual(model);
    },
  );

  it('names each kind as the explorer labels it: “<English> (<Dutch>)”', () => {
    expect([...ALL_KINDS].sort()).toEqual(Object.values(NodeLabel).sort());
    for (const kind of Object.values(NodeLabel)) {
      const named = `${kindLabel('en', kind)} (${kindLabel('nl', kind)})`.toLowerCase();
      expect({ kind, description: NODE_LABEL_DESCRIPTIONS[kind].toLowerCase() }).toEqual({
        kind,
        description: expect.stringContaining(named),
      });
    }
  });

  it('gives the explorer a label for every relationship type the schema describes', () => {
    expect([...ALL_RELATIONSHIP_TYPES].sort()).toEqual(Object.keys(RELATIONSHIP_TYPE_DESCRIPTIONS).sort());
  });

  it('describes the root types, in the schema and in schema.graphql', () => {
    for (const schema of [built, checkedIn]) {
      expect(schema.getQueryType()?.description).toBe(ROOT_TYPE_DESCRIPTIONS.Query);
      expect(schema.getMutationType()?.description).toBe(ROOT_TYPE_DESCRIPTIONS.Mutation);
    }
  });
});
