import { Award } from '../award/award.type';
import { Direction } from '../common/enums';
import { Municipality } from '../municipality/municipality.type';
import { NodeLabel, RelationshipType } from '../model';
import { Organisation } from '../organisation/organisation.type';
import { Person } from '../person/person.type';
import { Programme } from '../programme/programme.type';
import { Region } from './region.type';
import { relationshipField } from '../common/relationship-field';

/** The typed relationship fields of Region: each one batched through the per-request loader. */
export const regionFields = [
  relationshipField(Region, {
    field: 'members',
    description: 'Its member municipalities.',
    types: [RelationshipType.MEMBER_OF],
    direction: Direction.IN,
    labels: [NodeLabel.Municipality],
    target: Municipality,
  }),
  relationshipField(Region, {
    field: 'nominatedBy',
    description: 'The social-work organisation that nominated it for the award.',
    types: [RelationshipType.NOMINATED_BY],
    direction: Direction.OUT,
    labels: [NodeLabel.Organisation],
    target: Organisation,
  }),
  relationshipField(Region, {
    field: 'awards',
    description: 'The award editions it received.',
    types: [RelationshipType.RECEIVED],
    direction: Direction.OUT,
    labels: [NodeLabel.Award],
    target: Award,
  }),
  relationshipField(Region, {
    field: 'partners',
    description: 'Organisations and municipalities it works with.',
    types: [RelationshipType.PARTNERS_WITH],
    direction: Direction.BOTH,
    labels: [NodeLabel.Organisation, NodeLabel.Municipality, NodeLabel.Region],
  }),
  relationshipField(Region, {
    field: 'programmes',
    description: 'Programmes located in it or run by it.',
    types: [RelationshipType.LOCATED_IN, RelationshipType.RUNS],
    direction: Direction.BOTH,
    labels: [NodeLabel.Programme],
    target: Programme,
  }),
  relationshipField(Region, {
    field: 'organisations',
    description: 'Organisations the documents place in it.',
    types: [RelationshipType.LOCATED_IN],
    direction: Direction.IN,
    labels: [NodeLabel.Organisation],
    target: Organisation,
  }),
  relationshipField(Region, {
    field: 'people',
    description: 'People with a role in the region.',
    types: [RelationshipType.HOLDS_ROLE],
    direction: Direction.IN,
    labels: [NodeLabel.Person],
    target: Person,
  }),
];
