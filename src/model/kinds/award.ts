import { type KindSpec, contains } from '../kind';
import { Direction, NodeLabel, RelationshipType } from '../labels';

const { Organisation, Municipality, Region, Award, Criterion, Programme, Quote, Theme } = NodeLabel;

export const award: KindSpec = {
  label: Award,
  idPrefix: 'award',
  exampleSlug: 'gouden-sociale-gemeenten-2017',
  listField: 'awards',
  byIdField: 'award',
  properties: [
    { field: 'year', type: 'int', range: [1900, 2100] },
    { field: 'winnerCount', type: 'int', nullable: true, range: [1, 10_000] },
  ],
  filters: [{ field: 'year', type: 'int', where: (n, value) => `${n}.year = ${value}` }],
  relationships: [
    {
      field: 'recipients',
      description:
        'The municipalities and regions that received this edition (none recorded where the documents name none).',
      types: [RelationshipType.RECEIVED],
      direction: Direction.IN,
      to: [Municipality, Region],
    },
    {
      field: 'awardedBy',
      description: 'Who grants it.',
      types: [RelationshipType.AWARDED_BY],
      direction: Direction.OUT,
      to: [Organisation],
    },
    {
      field: 'criteria',
      description: 'The criteria it was judged on.',
      types: [RelationshipType.JUDGED_ON],
      direction: Direction.OUT,
      to: [Criterion],
    },
  ],
};

export const criterion: KindSpec = {
  label: Criterion,
  idPrefix: 'criterion',
  exampleSlug: 'sociaal-toegankelijke-samenleving',
  listField: 'criteria',
  byIdField: 'criterion',
  properties: [{ field: 'text', type: 'string', long: true }],
  filters: [{ field: 'textContains', type: 'string', where: contains('text') }],
  relationships: [
    {
      field: 'awards',
      description: 'Award editions judged on this criterion.',
      types: [RelationshipType.JUDGED_ON],
      direction: Direction.IN,
      to: [Award],
    },
  ],
};

export const theme: KindSpec = {
  label: Theme,
  idPrefix: 'theme',
  exampleSlug: 'jeugdhulp',
  listField: 'themes',
  byIdField: 'theme',
  properties: [],
  filters: [{ field: 'nameContains', type: 'string', where: contains('name') }],
  relationships: [
    {
      field: 'programmes',
      description: 'Programmes concerning this theme.',
      types: [RelationshipType.CONCERNS],
      direction: Direction.IN,
      to: [Programme],
    },
    {
      field: 'quotes',
      description: 'Quotes about this theme.',
      types: [RelationshipType.CONCERNS],
      direction: Direction.IN,
      to: [Quote],
    },
  ],
};
