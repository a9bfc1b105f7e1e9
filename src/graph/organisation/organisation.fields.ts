import { Award } from '../award/award.type';
import { Direction } from '../common/enums';
import { NodeLabel, RelationshipType } from '../../model';
import { Organisation } from './organisation.type';
import { Person } from '../person/person.type';
import { Programme } from '../programme/programme.type';
import { relationshipField } from '../common/relationship-field';

/** The typed relationship fields of Organisation: each one batched through the per-request loader. */
export const organisationFields = [
  relationshipField(Organisation, {
    field: 'partners',
    description: 'Organisations and municipalities it works with (`context` says in what).',
    types: [RelationshipType.PARTNERS_WITH],
    direction: Direction.BOTH,
    labels: [NodeLabel.Organisation, NodeLabel.Municipality, NodeLabel.Region],
  }),
  relationshipField(Organisation, {
    field: 'networks',
    description: 'Networks it is a member of, e.g. Delft voor Elkaar.',
    types: [RelationshipType.MEMBER_OF],
    direction: Direction.OUT,
    labels: [NodeLabel.Organisation],
    target: Organisation,
  }),
  relationshipField(Organisation, {
    field: 'members',
    description: 'For a network: its member organisations.',
    types: [RelationshipType.MEMBER_OF],
    direction: Direction.IN,
    labels: [NodeLabel.Organisation],
    target: Organisation,
  }),
  relationshipField(Organisation, {
    field: 'programmes',
    description: 'Programmes it runs.',
    types: [RelationshipType.RUNS],
    direction: Direction.OUT,
    labels: [NodeLabel.Programme],
    target: Programme,
  }),
  relationshipField(Organisation, {
    field: 'people',
    description: 'People with a role at it (`title` on the relationship).',
    types: [RelationshipType.HOLDS_ROLE],
    direction: Direction.IN,
    labels: [NodeLabel.Person],
    target: Person,
  }),
  relationshipField(Organisation, {
    field: 'nominated',
    description: 'Municipalities and regions it nominated for the award.',
    types: [RelationshipType.NOMINATED_BY],
    direction: Direction.IN,
    labels: [NodeLabel.Municipality, NodeLabel.Region],
  }),
  relationshipField(Organisation, {
    field: 'locatedIn',
    description: 'Where the documents place its work.',
    types: [RelationshipType.LOCATED_IN],
    direction: Direction.OUT,
    labels: [NodeLabel.Municipality, NodeLabel.Region],
  }),
  relationshipField(Organisation, {
    field: 'awardsGranted',
    description: 'Award editions it grants.',
    types: [RelationshipType.AWARDED_BY],
    direction: Direction.IN,
    labels: [NodeLabel.Award],
    target: Award,
  }),
];
