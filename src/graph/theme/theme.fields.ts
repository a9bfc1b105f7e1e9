import { Direction } from '../common/enums';
import { NodeLabel, RelationshipType } from '../../model';
import { Programme } from '../programme/programme.type';
import { Quote } from '../quote/quote.type';
import { Theme } from './theme.type';
import { relationshipField } from '../common/relationship-field';

/** The typed relationship fields of Theme: each one batched through the per-request loader. */
export const themeFields = [
  relationshipField(Theme, {
    field: 'programmes',
    description: 'Programmes concerning this theme.',
    types: [RelationshipType.CONCERNS],
    direction: Direction.IN,
    labels: [NodeLabel.Programme],
    target: Programme,
  }),
  relationshipField(Theme, {
    field: 'quotes',
    description: 'Quotes about this theme.',
    types: [RelationshipType.CONCERNS],
    direction: Direction.IN,
    labels: [NodeLabel.Quote],
    target: Quote,
  }),
];
