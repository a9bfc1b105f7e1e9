import { type KindSpec, contains, visible } from '../kind';
import { Direction, NodeLabel, OrganisationType, RelationshipType } from '../labels';
import { MAX_NAMES, MAX_NAME_LENGTH } from '../limits';

const { Organisation, Municipality, Region, Programme, Person, Award } = NodeLabel;

export const organisation: KindSpec = {
  label: Organisation,
  idPrefix: 'org',
  exampleSlug: 'kwadraad',
  listField: 'organisations',
  byIdField: 'organisation',
  properties: [
    {
      field: 'type',
      type: 'enum',
      values: Object.values(OrganisationType),
      curated: true,
      description: 'What kind of body it is.',
    },
    {
      field: 'formerNames',
      type: 'string[]',
      curated: true,
      description: 'Names it went by before.',
      maxItems: MAX_NAMES,
      maxLength: MAX_NAME_LENGTH,
    },
  ],
  filters: [
    { field: 'nameContains', type: 'string', where: contains('name') },
    { field: 'type', type: 'enum', where: (n, value) => `${n}.type = ${value}` },
    {
      field: 'municipality',
      type: 'id',
      ids: [Municipality, Region],
      // The model fixes the directions: (n)-[:LOCATED_IN]->(m), (m)-[:NOMINATED_BY]->(n), PARTNERS_WITH either way.
      where: (n, value) =>
        `EXISTS { MATCH (${n})-[r:LOCATED_IN|NOMINATED_BY|PARTNERS_WITH]-(m:Municipality|Region {id: ${value}}) ` +
        `WHERE ${visible('r', 'm')} }`,
    },
    {
      field: 'theme',
      type: 'id',
      ids: [NodeLabel.Theme],
      where: (n, value) =>
        `EXISTS { MATCH (${n})-[r1:RUNS]->(p:Programme)-[r2:CONCERNS]->(t:Theme {id: ${value}}) ` +
        `WHERE ${visible('r1', 'p', 'r2', 't')} }`,
    },
  ],
  relationships: [
    {
      field: 'partners',
      description: 'Organisations and municipalities it works with (`context` says in what).',
      types: [RelationshipType.PARTNERS_WITH],
      direction: Direction.BOTH,
      to: [Organisation, Municipality, Region],
    },
    {
      field: 'networks',
      description: 'Networks it is a member of, e.g. Delft voor Elkaar.',
      types: [RelationshipType.MEMBER_OF],
      direction: Direction.OUT,
      to: [Organisation],
    },
    {
      field: 'members',
      description: 'For a network: its member organisations.',
      types: [RelationshipType.MEMBER_OF],
      direction: Direction.IN,
      to: [Organisation],
    },
    {
      field: 'programmes',
      description: 'Programmes it runs.',
      types: [RelationshipType.RUNS],
      direction: Direction.OUT,
      to: [Programme],
    },
    {
      field: 'people',
      description: 'People with a role at it (`title` on the relationship).',
      types: [RelationshipType.HOLDS_ROLE],
      direction: Direction.IN,
      to: [Person],
    },
    {
      field: 'nominated',
      description: 'Municipalities and regions it nominated for the award.',
      types: [RelationshipType.NOMINATED_BY],
      direction: Direction.IN,
      to: [Municipality, Region],
    },
    {
      field: 'locatedIn',
      description: 'Where the documents place its work.',
      types: [RelationshipType.LOCATED_IN],
      direction: Direction.OUT,
      to: [Municipality, Region],
    },
    {
      field: 'awardsGranted',
      description: 'Award editions it grants.',
      types: [RelationshipType.AWARDED_BY],
      direction: Direction.IN,
      to: [Award],
    },
  ],
};
