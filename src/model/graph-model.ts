/**
 * The graph model: the one allow-list of labels, relationship types and which kinds each type may
 * join. Cypher never takes a label or type from user input except through these enums.
 */

export enum NodeLabel {
  Municipality = 'Municipality',
  Region = 'Region',
  Organisation = 'Organisation',
  Person = 'Person',
  Programme = 'Programme',
  Award = 'Award',
  Criterion = 'Criterion',
  Theme = 'Theme',
  Document = 'Document',
  Quote = 'Quote',
}

export enum RelationshipType {
  NOMINATED_BY = 'NOMINATED_BY',
  RECEIVED = 'RECEIVED',
  AWARDED_BY = 'AWARDED_BY',
  PARTNERS_WITH = 'PARTNERS_WITH',
  MEMBER_OF = 'MEMBER_OF',
  HOLDS_ROLE = 'HOLDS_ROLE',
  RUNS = 'RUNS',
  LOCATED_IN = 'LOCATED_IN',
  SAID = 'SAID',
  QUOTED_IN = 'QUOTED_IN',
  CONCERNS = 'CONCERNS',
  JUDGED_ON = 'JUDGED_ON',
  MENTIONS = 'MENTIONS',
  PUBLISHED_BY = 'PUBLISHED_BY',
}

export enum OrganisationType {
  SOCIAL_WORK = 'SOCIAL_WORK',
  CARE = 'CARE',
  GOVERNMENT = 'GOVERNMENT',
  SCHOOL = 'SCHOOL',
  NETWORK = 'NETWORK',
  CIVIC = 'CIVIC',
  INDUSTRY_BODY = 'INDUSTRY_BODY',
  HOUSING = 'HOUSING',
  POLICE = 'POLICE',
  MEDIA = 'MEDIA',
  BUSINESS = 'BUSINESS',
  OTHER = 'OTHER',
}

export enum ProgrammeKind {
  INITIATIVE = 'INITIATIVE',
  PROJECT = 'PROJECT',
  FACILITY = 'FACILITY',
  PILOT = 'PILOT',
  POLICY = 'POLICY',
  SERVICE = 'SERVICE',
  NETWORK = 'NETWORK',
  EVENT = 'EVENT',
}

/** The id prefix of each kind: `municipality:delft`, `org:kwadraad`, `document:000-…`. */
export const ID_PREFIX: Record<NodeLabel, string> = {
  [NodeLabel.Municipality]: 'municipality',
  [NodeLabel.Region]: 'region',
  [NodeLabel.Organisation]: 'org',
  [NodeLabel.Person]: 'person',
  [NodeLabel.Programme]: 'programme',
  [NodeLabel.Award]: 'award',
  [NodeLabel.Criterion]: 'criterion',
  [NodeLabel.Theme]: 'theme',
  [NodeLabel.Document]: 'document',
  [NodeLabel.Quote]: 'quote',
};

export const ID_PATTERN = /^([a-z]+):([a-z0-9]+(?:-[a-z0-9]+)*)$/;

export function labelOfId(id: string): NodeLabel | undefined {
  const prefix = ID_PATTERN.exec(id)?.[1];
  return (Object.keys(ID_PREFIX) as NodeLabel[]).find((label) => ID_PREFIX[label] === prefix);
}

const { Municipality, Region, Organisation, Person, Programme, Award, Criterion, Theme, Document, Quote } =
  NodeLabel;
const ALL = Object.values(NodeLabel);

export interface RelationshipSpec {
  /** Allowed (from kinds, to kinds) pairs. */
  ends: [NodeLabel[], NodeLabel[]][];
  /** Symmetric in meaning, stored once. */
  symmetric?: boolean;
  /** The property that tells two relationships of this type between the same pair apart. */
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
