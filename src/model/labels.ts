/**
 * The names of the graph: node labels, relationship types and the enums of stored values. Cypher
 * never takes a label or type from user input except through these enums (the allow-list).
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

/** Direction of a relationship as seen from the node asking. */
export enum Direction {
  OUT = 'OUT',
  IN = 'IN',
  BOTH = 'BOTH',
}

/** Order of a list: by name, ties broken by id. */
export enum NameOrder {
  NAME_ASC = 'NAME_ASC',
  NAME_DESC = 'NAME_DESC',
}
