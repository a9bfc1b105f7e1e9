import { Direction } from '../common/enums';
import { Document } from '../document/document.type';
import { NodeLabel, RelationshipType } from '../../model';
import { Person } from '../person/person.type';
import { Quote } from './quote.type';
import { Theme } from '../theme/theme.type';
import { relationshipField } from '../common/relationship-field';

/** The typed relationship fields of Quote: each one batched through the per-request loader. */
export const quoteFields = [
  relationshipField(Quote, {
    field: 'saidBy',
    description: 'Who said it.',
    types: [RelationshipType.SAID],
    direction: Direction.IN,
    labels: [NodeLabel.Person],
    target: Person,
  }),
  relationshipField(Quote, {
    field: 'documents',
    description: "The documents that carry it; each relationship holds that document's own wording.",
    types: [RelationshipType.QUOTED_IN],
    direction: Direction.OUT,
    labels: [NodeLabel.Document],
    target: Document,
  }),
  relationshipField(Quote, {
    field: 'themes',
    description: 'The themes it concerns.',
    types: [RelationshipType.CONCERNS],
    direction: Direction.OUT,
    labels: [NodeLabel.Theme],
    target: Theme,
  }),
];
