import { Direction } from '../common/enums';
import { NodeLabel, RelationshipType } from '../../model';
import { Programme } from './programme.type';
import { Theme } from '../theme/theme.type';
import { relationshipField } from '../common/relationship-field';

/** The typed relationship fields of Programme: each one batched through the per-request loader. */
export const programmeFields = [
  relationshipField(Programme, {
    field: 'runBy',
    description: 'Who runs it.',
    types: [RelationshipType.RUNS],
    direction: Direction.IN,
    labels: [NodeLabel.Organisation, NodeLabel.Municipality, NodeLabel.Region],
  }),
  relationshipField(Programme, {
    field: 'locatedIn',
    description: 'Where it is.',
    types: [RelationshipType.LOCATED_IN],
    direction: Direction.OUT,
    labels: [NodeLabel.Municipality, NodeLabel.Region],
  }),
  relationshipField(Programme, {
    field: 'themes',
    description: 'The themes it concerns.',
    types: [RelationshipType.CONCERNS],
    direction: Direction.OUT,
    labels: [NodeLabel.Theme],
    target: Theme,
  }),
];
