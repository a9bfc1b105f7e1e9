import { type KindSpec, contains, visible } from '../kind';
import { Direction, NodeLabel, RelationshipType } from '../labels';

const { Organisation, Municipality, Region, Quote, Person } = NodeLabel;

export const person: KindSpec = {
  label: Person,
  idPrefix: 'person',
  exampleSlug: 'mieke-pirson',
  listField: 'people',
  byIdField: 'person',
  properties: [
    {
      field: 'phone',
      type: 'string',
      nullable: true,
      curated: true,
      description: 'Telephone number, only where a document gives it.',
      pattern: { regex: /^[0-9+()\- ]{3,40}$/, mustBe: 'a telephone number (digits, spaces, + - ( ))' },
    },
  ],
  filters: [
    { field: 'nameContains', type: 'string', where: contains('name') },
    {
      field: 'organisation',
      type: 'id',
      ids: [Organisation],
      where: (n, value) =>
        `EXISTS { MATCH (${n})-[r:HOLDS_ROLE]->(o:Organisation {id: ${value}}) WHERE ${visible('r', 'o')} }`,
    },
    {
      field: 'municipality',
      type: 'id',
      ids: [Municipality, Region],
      // A role there, or at an organisation located in it, (o)-[:LOCATED_IN]->(m), or that nominated it, (m)-[:NOMINATED_BY]->(o).
      where: (n, value) =>
        `(EXISTS { MATCH (${n})-[r:HOLDS_ROLE]->(m:Municipality|Region {id: ${value}}) WHERE ${visible('r', 'm')} } ` +
        `OR EXISTS { MATCH (${n})-[r1:HOLDS_ROLE]->(o:Organisation)-[r2:LOCATED_IN|NOMINATED_BY]-` +
        `(m:Municipality|Region {id: ${value}}) WHERE ${visible('r1', 'o', 'r2', 'm')} })`,
    },
  ],
  relationships: [
    {
      field: 'roles',
      description: 'Where the person holds a role, with the `title`.',
      types: [RelationshipType.HOLDS_ROLE],
      direction: Direction.OUT,
      to: [Organisation, Municipality, Region],
    },
    {
      field: 'quotes',
      description: 'What the person said, verbatim.',
      types: [RelationshipType.SAID],
      direction: Direction.OUT,
      to: [Quote],
    },
  ],
};
