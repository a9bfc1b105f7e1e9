import { type KindSpec, contains, visible } from '../kind';
import { Direction, NodeLabel, RelationshipType } from '../labels';

const { Person, Document, Theme, Quote } = NodeLabel;

export const quote: KindSpec = {
  label: Quote,
  idPrefix: 'quote',
  exampleSlug: 'mieke-pirson-de-nieuwe-jeugdwet',
  listField: 'quotes',
  byIdField: 'quote',
  properties: [
    { field: 'text', type: 'string', long: true },
    { field: 'language', type: 'string', default: 'nl' },
  ],
  filters: [
    { field: 'textContains', type: 'string', where: contains('text') },
    {
      field: 'theme',
      type: 'id',
      ids: [Theme],
      where: (n, value) =>
        `EXISTS { MATCH (${n})-[r:CONCERNS]->(t:Theme {id: ${value}}) WHERE ${visible('r', 't')} }`,
    },
    {
      field: 'speaker',
      type: 'id',
      ids: [Person],
      where: (n, value) =>
        `EXISTS { MATCH (${n})<-[r:SAID]-(s:Person {id: ${value}}) WHERE ${visible('r', 's')} }`,
    },
    {
      field: 'document',
      type: 'id',
      ids: [Document],
      where: (n, value) =>
        `EXISTS { MATCH (${n})-[r:QUOTED_IN]->(d:Document {id: ${value}}) WHERE ${visible('r', 'd')} }`,
    },
  ],
  relationships: [
    {
      field: 'saidBy',
      description: 'Who said it.',
      types: [RelationshipType.SAID],
      direction: Direction.IN,
      to: [Person],
    },
    {
      field: 'documents',
      description: "The documents that carry it; each relationship holds that document's own wording.",
      types: [RelationshipType.QUOTED_IN],
      direction: Direction.OUT,
      to: [Document],
    },
    {
      field: 'themes',
      description: 'The themes it concerns.',
      types: [RelationshipType.CONCERNS],
      direction: Direction.OUT,
      to: [Theme],
    },
  ],
};
