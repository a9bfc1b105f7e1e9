import { type KindSpec, contains } from '../kind';
import { Direction, NodeLabel, RelationshipType } from '../labels';

const { Organisation, Municipality, Region, Quote, Document } = NodeLabel;

/** The document kinds the seeds use (seeds/README.md). */
export const DOCUMENT_KINDS = ['news', 'press-release', 'web-page', 'article'] as const;

export const document: KindSpec = {
  label: Document,
  idPrefix: 'document',
  exampleSlug: '001-358c8b65ae7369f4',
  listField: 'documents',
  byIdField: 'document',
  properties: [
    { field: 'title', type: 'string' },
    { field: 'file', type: 'string', nullable: true },
    { field: 'publishedOn', type: 'date', nullable: true },
    { field: 'language', type: 'string' },
    { field: 'documentKind', stored: 'kind', type: 'enum', values: DOCUMENT_KINDS },
    { field: 'text', type: 'string', long: true },
    // An editors' note "niet voor publicatie" is kept apart from the public text.
    { field: 'restrictedText', type: 'string', nullable: true, long: true, restrictedOnly: true },
  ],
  filters: [
    { field: 'titleContains', type: 'string', where: contains('title') },
    { field: 'documentKind', type: 'enum', where: (n, value) => `${n}.kind = ${value}` },
  ],
  relationships: [
    {
      field: 'mentions',
      description: 'Every node the document names, with the excerpts that name it.',
      types: [RelationshipType.MENTIONS],
      direction: Direction.OUT,
      to: Object.values(NodeLabel),
    },
    {
      field: 'quotes',
      description: 'The quotes it carries.',
      types: [RelationshipType.QUOTED_IN],
      direction: Direction.IN,
      to: [Quote],
    },
    {
      field: 'publishedBy',
      description: 'Its publisher, where known or inferred.',
      types: [RelationshipType.PUBLISHED_BY],
      direction: Direction.OUT,
      to: [Organisation, Municipality, Region],
    },
  ],
};
