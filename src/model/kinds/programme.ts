import { type KindSpec, contains, visible } from '../kind';
import { Direction, NodeLabel, ProgrammeKind, RelationshipType } from '../labels';

const { Organisation, Municipality, Region, Theme, Programme } = NodeLabel;

export const programme: KindSpec = {
  label: Programme,
  idPrefix: 'programme',
  exampleSlug: 'kulturhus',
  listField: 'programmes',
  byIdField: 'programme',
  properties: [
    {
      field: 'programmeKind',
      stored: 'kind',
      type: 'enum',
      values: Object.values(ProgrammeKind),
      curated: true,
      description: 'What kind of initiative it is.',
    },
    {
      field: 'description',
      type: 'string',
      nullable: true,
      long: true,
      curated: true,
      description: 'A short description, in Dutch.',
      maxLength: 2000,
    },
  ],
  filters: [
    { field: 'nameContains', type: 'string', where: contains('name') },
    { field: 'programmeKind', type: 'enum', where: (n, value) => `${n}.kind = ${value}` },
    {
      field: 'municipality',
      type: 'id',
      ids: [Municipality, Region],
      where: (n, value) =>
        `EXISTS { MATCH (${n})-[r:LOCATED_IN]->(m:Municipality|Region {id: ${value}}) WHERE ${visible('r', 'm')} }`,
    },
    {
      field: 'theme',
      type: 'id',
      ids: [Theme],
      where: (n, value) =>
        `EXISTS { MATCH (${n})-[r:CONCERNS]->(t:Theme {id: ${value}}) WHERE ${visible('r', 't')} }`,
    },
  ],
  relationships: [
    {
      field: 'runBy',
      description: 'Who runs it.',
      types: [RelationshipType.RUNS],
      direction: Direction.IN,
      to: [Organisation, Municipality, Region],
    },
    {
      field: 'locatedIn',
      description: 'Where it is.',
      types: [RelationshipType.LOCATED_IN],
      direction: Direction.OUT,
      to: [Municipality, Region],
    },
    {
      field: 'themes',
      description: 'The themes it concerns.',
      types: [RelationshipType.CONCERNS],
      direction: Direction.OUT,
      to: [Theme],
    },
  ],
};
