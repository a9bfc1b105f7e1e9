import { Direction } from '../common/enums';
import { NodeLabel, RelationshipType } from '../../model';
import { Person } from './person.type';
import { Quote } from '../quote/quote.type';
import { relationshipField } from '../common/relationship-field';

/** The typed relationship fields of Person: each one batched through the per-request loader. */
export const personFields = [
  relationshipField(Person, {
    field: 'roles',
    description: 'Where the person holds a role, with the `title`.',
    types: [RelationshipType.HOLDS_ROLE],
    direction: Direction.OUT,
    labels: [NodeLabel.Organisation, NodeLabel.Municipality, NodeLabel.Region],
  }),
  relationshipField(Person, {
    field: 'quotes',
    description: 'What the person said, verbatim.',
    types: [RelationshipType.SAID],
    direction: Direction.OUT,
    labels: [NodeLabel.Quote],
    target: Quote,
  }),
];
