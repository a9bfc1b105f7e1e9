import { Direction } from '../common/enums';
import { relationshipField } from '../common/relationship-field';
import { NodeLabel, RelationshipType } from '../../model';
import { Region } from '../region/region.type';
import { Municipality } from './municipality.type';
import { placeFields } from './place.fields';

/** The typed relationship fields of Municipality: each one batched through the per-request loader. */
export const municipalityFields = [
  ...placeFields(Municipality),
  relationshipField(Municipality, {
    field: 'regions',
    description: 'The regions it is a member of.',
    types: [RelationshipType.MEMBER_OF],
    direction: Direction.OUT,
    labels: [NodeLabel.Region],
    target: Region,
  }),
];
