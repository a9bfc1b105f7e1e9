import type { ClassType } from 'type-graphql';
import { Award } from '../award/award.type';
import { Direction } from '../common/enums';
import { relationshipField } from '../common/relationship-field';
import { NodeLabel, RelationshipType } from '../../model';
import { Organisation } from '../organisation/organisation.type';
import { Person } from '../person/person.type';
import { Programme } from '../programme/programme.type';

/**
 * The relationship fields a municipality and a region share: both are nominated, awarded, partner
 * with others, host programmes and organisations, and have people in roles.
 */
export function placeFields(place: ClassType): ClassType[] {
  return [
    relationshipField(place, {
      field: 'nominatedBy',
      description: 'The social-work organisation that nominated it for the award.',
      types: [RelationshipType.NOMINATED_BY],
      direction: Direction.OUT,
      labels: [NodeLabel.Organisation],
      target: Organisation,
    }),
    relationshipField(place, {
      field: 'awards',
      description: 'The award editions it received (`year` on the relationship).',
      types: [RelationshipType.RECEIVED],
      direction: Direction.OUT,
      labels: [NodeLabel.Award],
      target: Award,
    }),
    relationshipField(place, {
      field: 'partners',
      description: 'Organisations and municipalities it works with (`context` says in what).',
      types: [RelationshipType.PARTNERS_WITH],
      direction: Direction.BOTH,
      labels: [NodeLabel.Organisation, NodeLabel.Municipality, NodeLabel.Region],
    }),
    relationshipField(place, {
      field: 'programmes',
      description: 'Programmes located in it or run by it.',
      types: [RelationshipType.LOCATED_IN, RelationshipType.RUNS],
      direction: Direction.BOTH,
      labels: [NodeLabel.Programme],
      target: Programme,
    }),
    relationshipField(place, {
      field: 'organisations',
      description: 'Organisations the documents place in it.',
      types: [RelationshipType.LOCATED_IN],
      direction: Direction.IN,
      labels: [NodeLabel.Organisation],
      target: Organisation,
    }),
    relationshipField(place, {
      field: 'people',
      description: 'People with a role there (`title` on the relationship, e.g. wethouder).',
      types: [RelationshipType.HOLDS_ROLE],
      direction: Direction.IN,
      labels: [NodeLabel.Person],
      target: Person,
    }),
  ];
}
