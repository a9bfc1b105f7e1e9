import { NodeLabel, RelationshipType } from './labels';

const { Municipality, Region, Organisation, Person, Programme, Award, Criterion, Theme, Document, Quote } =
  NodeLabel;
const ALL = Object.values(NodeLabel);

export interface RelationshipSpec {
  /** Allowed (from kinds, to kinds) pairs. */
  ends: [NodeLabel[], NodeLabel[]][];
  /** Symmetric in meaning, stored once. */
  symmetric?: boolean;
  /** The property that tells two relationships of this type between the same pair apart (also its key's tail). */
  discriminator?: 'year' | 'title' | 'context';
  /** Required properties. */
  required?: ('year' | 'title')[];
}

export const RELATIONSHIPS: Record<RelationshipType, RelationshipSpec> = {
  NOMINATED_BY: { ends: [[[Municipality, Region], [Organisation]]] },
  RECEIVED: { ends: [[[Municipality, Region], [Award]]], discriminator: 'year', required: ['year'] },
  AWARDED_BY: { ends: [[[Award], [Organisation]]] },
  PARTNERS_WITH: {
    ends: [
      [
        [Organisation, Municipality, Region],
        [Organisation, Municipality, Region],
      ],
    ],
    symmetric: true,
    discriminator: 'context',
  },
  MEMBER_OF: {
    ends: [
      [[Municipality], [Region]],
      [[Organisation], [Organisation]],
    ],
  },
  HOLDS_ROLE: {
    ends: [[[Person], [Organisation, Municipality, Region]]],
    discriminator: 'title',
    required: ['title'],
  },
  RUNS: { ends: [[[Organisation, Municipality, Region], [Programme]]] },
  LOCATED_IN: {
    ends: [
      [
        [Programme, Organisation],
        [Municipality, Region],
      ],
    ],
  },
  SAID: { ends: [[[Person], [Quote]]] },
  QUOTED_IN: { ends: [[[Quote], [Document]]] },
  CONCERNS: { ends: [[[Programme, Quote], [Theme]]] },
  JUDGED_ON: { ends: [[[Award], [Criterion]]] },
  MENTIONS: { ends: [[[Document], ALL]] },
  PUBLISHED_BY: { ends: [[[Document], [Organisation, Municipality, Region]]] },
};

export function endsAllowed(type: RelationshipType, from: NodeLabel, to: NodeLabel): boolean {
  return RELATIONSHIPS[type].ends.some(([froms, tos]) => froms.includes(from) && tos.includes(to));
}

/**
 * The stable key of a relationship: what MERGE matches on, so loading twice changes nothing, and
 * what the API's edge cursors and curation mutations name it by.
 */
export function relationshipKey(
  type: RelationshipType,
  from: string,
  to: string,
  discriminator?: unknown,
): string {
  const [a, b] = RELATIONSHIPS[type].symmetric && to < from ? [to, from] : [from, to];
  return discriminator === undefined || discriminator === null || discriminator === ''
    ? `${a}|${type}|${b}`
    : `${a}|${type}|${b}|${String(discriminator)}`;
}
