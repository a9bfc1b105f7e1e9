import { Award } from './award.type';
import { Criterion } from '../criterion/criterion.type';
import { Direction } from '../common/enums';
import { NodeLabel, RelationshipType } from '../../model';
import { Organisation } from '../organisation/organisation.type';
import { relationshipField } from '../common/relationship-field';

/** The typed relationship fields of Award: each one batched through the per-request loader. */
export const awardFields = [
  relationshipField(Award, {
    field: 'recipients',
    description:
      'The municipalities and regions that received this edition (none recorded where the documents name none).',
    types: [RelationshipType.RECEIVED],
    direction: Direction.IN,
    labels: [NodeLabel.Municipality, NodeLabel.Region],
  }),
  relationshipField(Award, {
    field: 'awardedBy',
    description: 'Who grants it.',
    types: [RelationshipType.AWARDED_BY],
    direction: Direction.OUT,
    labels: [NodeLabel.Organisation],
    target: Organisation,
  }),
  relationshipField(Award, {
    field: 'criteria',
    description: 'The criteria it was judged on.',
    types: [RelationshipType.JUDGED_ON],
    direction: Direction.OUT,
    labels: [NodeLabel.Criterion],
    target: Criterion,
  }),
];
