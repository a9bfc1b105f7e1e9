import { Direction } from '../common/enums';
import { relationshipField } from '../common/relationship-field';
import { NodeLabel, RelationshipType } from '../../model';
import { Municipality } from '../municipality/municipality.type';
import { placeFields } from '../municipality/place.fields';
import { Region } from './region.type';

/** The typed relationship fields of Region: each one batched through the per-request loader. */
export const regionFields = [
  ...placeFields(Region),
  relationshipField(Region, {
    field: 'members',
    description: 'Its member municipalities.',
    types: [RelationshipType.MEMBER_OF],
    direction: Direction.IN,
    labels: [NodeLabel.Municipality],
    target: Municipality,
  }),
];
