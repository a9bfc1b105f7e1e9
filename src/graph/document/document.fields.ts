import { Direction } from '../common/enums';
import { Document } from './document.type';
import { NodeLabel, RelationshipType } from '../../model';
import { Quote } from '../quote/quote.type';
import { relationshipField } from '../common/relationship-field';

/** The typed relationship fields of Document: each one batched through the per-request loader. */
export const documentFields = [
  relationshipField(Document, {
    field: 'mentions',
    description: 'Every node the document names, with the excerpts that name it.',
    types: [RelationshipType.MENTIONS],
    direction: Direction.OUT,
    labels: [
      NodeLabel.Municipality,
      NodeLabel.Region,
      NodeLabel.Organisation,
      NodeLabel.Person,
      NodeLabel.Programme,
      NodeLabel.Award,
      NodeLabel.Criterion,
      NodeLabel.Theme,
      NodeLabel.Document,
      NodeLabel.Quote,
    ],
  }),
  relationshipField(Document, {
    field: 'quotes',
    description: 'The quotes it carries.',
    types: [RelationshipType.QUOTED_IN],
    direction: Direction.IN,
    labels: [NodeLabel.Quote],
    target: Quote,
  }),
  relationshipField(Document, {
    field: 'publishedBy',
    description: 'Its publisher, where known or inferred.',
    types: [RelationshipType.PUBLISHED_BY],
    direction: Direction.OUT,
    labels: [NodeLabel.Organisation, NodeLabel.Municipality, NodeLabel.Region],
  }),
];
