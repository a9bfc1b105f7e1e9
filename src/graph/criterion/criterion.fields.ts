import { Award } from '../award/award.type';
import { Criterion } from './criterion.type';
import { Direction } from '../common/enums';
import { NodeLabel, RelationshipType } from '../../model';
import { relationshipField } from '../common/relationship-field';

/** The typed relationship fields of Criterion: each one batched through the per-request loader. */
export const criterionFields = [
  relationshipField(Criterion, {
    field: 'awards',
    description: 'Award editions judged on this criterion.',
    types: [RelationshipType.JUDGED_ON],
    direction: Direction.IN,
    labels: [NodeLabel.Award],
    target: Award,
  }),
];
