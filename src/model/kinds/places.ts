import { type KindSpec, type RelationshipFieldSpec, contains, visible } from '../kind';
import { Direction, NodeLabel, RelationshipType } from '../labels';

const { Organisation, Municipality, Region, Award, Programme, Person } = NodeLabel;

/** The relationship fields a municipality and a region share. */
const placeRelationships: RelationshipFieldSpec[] = [
  {
    field: 'nominatedBy',
    description: 'The social-work organisation that nominated it for the award.',
    types: [RelationshipType.NOMINATED_BY],
    direction: Direction.OUT,
    to: [Organisation],
  },
  {
    field: 'awards',
    description: 'The award editions it received (`year` on the relationship).',
    types: [RelationshipType.RECEIVED],
    direction: Direction.OUT,
    to: [Award],
  },
  {
    field: 'partners',
    description: 'Organisations and municipalities it works with (`context` says in what).',
    types: [RelationshipType.PARTNERS_WITH],
    direction: Direction.BOTH,
    to: [Organisation, Municipality, Region],
  },
  {
    field: 'programmes',
    description: 'Programmes located in it or run by it.',
    types: [RelationshipType.LOCATED_IN, RelationshipType.RUNS],
    direction: Direction.BOTH,
    to: [Programme],
  },
  {
    field: 'organisations',
    description: 'Organisations the documents place in it.',
    types: [RelationshipType.LOCATED_IN],
    direction: Direction.IN,
    to: [Organisation],
  },
  {
    field: 'people',
    description: 'People with a role there (`title` on the relationship, e.g. wethouder).',
    types: [RelationshipType.HOLDS_ROLE],
    direction: Direction.IN,
    to: [Person],
  },
];

const awardYear = {
  field: 'awardYear',
  type: 'int',
  where: (n: string, value: string) =>
    `EXISTS { MATCH (${n})-[r:RECEIVED]->(a:Award {year: ${value}}) WHERE ${visible('r', 'a')} }`,
} as const;

export const municipality: KindSpec = {
  label: Municipality,
  idPrefix: 'municipality',
  exampleSlug: 'delft',
  listField: 'municipalities',
  byIdField: 'municipality',
  properties: [],
  filters: [
    { field: 'nameContains', type: 'string', where: contains('name') },
    awardYear,
    {
      field: 'theme',
      type: 'id',
      ids: [NodeLabel.Theme],
      where: (n, value) =>
        `EXISTS { MATCH (${n})<-[r1:LOCATED_IN]-(p:Programme)-[r2:CONCERNS]->(t:Theme {id: ${value}}) ` +
        `WHERE ${visible('r1', 'p', 'r2', 't')} }`,
    },
    {
      field: 'region',
      type: 'id',
      ids: [Region],
      where: (n, value) =>
        `EXISTS { MATCH (${n})-[r:MEMBER_OF]->(g:Region {id: ${value}}) WHERE ${visible('r', 'g')} }`,
    },
  ],
  relationships: [
    ...placeRelationships,
    {
      field: 'regions',
      description: 'The regions it is a member of.',
      types: [RelationshipType.MEMBER_OF],
      direction: Direction.OUT,
      to: [Region],
    },
  ],
};

export const region: KindSpec = {
  label: Region,
  idPrefix: 'region',
  exampleSlug: 'midden-limburg',
  listField: 'regions',
  byIdField: 'region',
  properties: [],
  filters: [{ field: 'nameContains', type: 'string', where: contains('name') }, awardYear],
  relationships: [
    ...placeRelationships,
    {
      field: 'members',
      description: 'Its member municipalities.',
      types: [RelationshipType.MEMBER_OF],
      direction: Direction.IN,
      to: [Municipality],
    },
  ],
};
