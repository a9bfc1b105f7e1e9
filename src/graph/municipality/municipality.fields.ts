import { Award } from '../award/award.type';
import { Direction } from '../common/enums';
import { Municipality } from './municipality.type';
import { NodeLabel, RelationshipType } from '../model';
import { Organisation } from '../organisation/organisation.type';
import { Person } from '../person/person.type';
import { Programme } from '../programme/programme.type';
import { Region } from '../region/region.type';
import { relationshipField } from '../common/relationship-field';

/** The typed relationship fields of Municipality: each one batched through the per-request loader. */
export const municipalityFields = [
  relationshipField(Municipality, {
    field: 'nominatedBy',
    description: 'The social-work organisation that nominated it for the award.',
    types: [RelationshipType.NOMINATED_BY],
    direction: Direction.OUT,
    labels: [NodeLabel.Organisation],
    target: Organisation,
  }),
  relationshipField(Municipality, {
    field: 'awards',
    description: 'The award editions it received (`year` on the relationship).',
    types: [RelationshipType.RECEIVED],
    direction: Direction.OUT,
    labels: [NodeLabel.Award],
    target: Award,
  }),
  relationshipField(Municipality, {
    field: 'regions',
    description: 'The regions it is a member of.',
    types: [RelationshipType.MEMBER_OF],
    direction: Direction.OUT,
    labels: [NodeLabel.Region],
    target: Region,
  }),
  relationshipField(Municipality, {
    field: 'partners',
    description: 'Organisations and municipalities it works with (`context` says in what).',
    types: [RelationshipType.PARTNERS_WITH],
    direction: Direction.BOTH,
    labels: [NodeLabel.Organisation, NodeLabel.Municipality, NodeLabel.Region],
  }),
  relationshipField(Municipality, {
    field: 'programmes',
    description: 'Programmes located in it or run by it.',
    types: [RelationshipType.LOCATED_IN, RelationshipType.RUNS],
    direction: Direction.BOTH,
    labels: [NodeLabel.Programme],
    target: Programme,
  }),
  relationshipField(Municipality, {
    field: 'organisations',
    description: 'Organisations the documents place in it.',
    types: [RelationshipType.LOCATED_IN],
    direction: Direction.IN,
    labels: [NodeLabel.Organisation],
    target: Organisation,
  }),
  relationshipField(Municipality, {
    field: 'people',
    description: 'People with a role at the municipality (`title`, e.g. wethouder).',
    types: [RelationshipType.HOLDS_ROLE],
    direction: Direction.IN,
    labels: [NodeLabel.Person],
    target: Person,
  }),
];
