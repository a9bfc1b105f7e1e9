/**
 * The names of the graph: node labels, relationship types and the enums of stored values. Cypher
 * never takes a label or type from user input except through these enums (the allow-list).
 *
 * Each enum has its descriptions beside it, one per value (`Described<E>`: a value without one does
 * not compile). They are the GraphQL enum values' descriptions (src/graph/types/enums.ts), so the
 * SDL, the Sandbox and the explorer read the same words; tests/unit/enum-descriptions.test.ts checks
 * that the explorer's kind labels are the ones these descriptions name.
 */

/** One description for every value of an enum. */
export type Described<E extends string> = Readonly<Record<E, string>>;

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

/** Each kind as `<English> (<Dutch>)`, the explorer's labels for it, then what it is. */
export const NODE_LABEL_DESCRIPTIONS: Described<NodeLabel> = {
  Municipality: 'A municipality (gemeente): the `Municipality` type.',
  Region: 'A region (regio): municipalities that act and are awarded together; the `Region` type.',
  Organisation:
    'An organisation (organisatie): a social-work, care, government or other body; the `Organisation` type.',
  Person: 'A person (persoon) the documents name: the `Person` type.',
  Programme:
    'A programme (programma): an initiative, project, facility, pilot or policy; the `Programme` type.',
  Award: 'An award (prijs): one edition of the Gouden Sociale Gemeenten award; the `Award` type.',
  Criterion: 'A criterion (criterium) the award is judged on: the `Criterion` type.',
  Theme: 'A theme (thema) that programmes and quotes concern: the `Theme` type.',
  Document: 'A source document (document) that facts cite: the `Document` type.',
  Quote: 'A quote (citaat): a verbatim utterance; the `Quote` type.',
};

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

/** Each type with the kinds it joins (from → to), as src/model/relationships.ts allows them. */
export const RELATIONSHIP_TYPE_DESCRIPTIONS: Described<RelationshipType> = {
  NOMINATED_BY: 'Municipality/Region → the social-work organisation that put it forward.',
  RECEIVED: 'Municipality/Region → Award edition, with `year`.',
  AWARDED_BY: 'Award edition → the organisation that grants it.',
  PARTNERS_WITH: 'Organisation/Municipality/Region ↔ same; symmetric, with optional `context`.',
  MEMBER_OF: 'Municipality → Region; Organisation → network Organisation.',
  HOLDS_ROLE: 'Person → Organisation/Municipality/Region, with `title`.',
  RUNS: 'Organisation/Municipality/Region → Programme.',
  LOCATED_IN: 'Programme/Organisation → Municipality/Region.',
  SAID: 'Person → Quote.',
  QUOTED_IN: 'Quote → Document; one per document carrying the quote.',
  CONCERNS: 'Programme/Quote → Theme.',
  JUDGED_ON: 'Award edition → Criterion.',
  MENTIONS: 'Document → any node it names.',
  PUBLISHED_BY: 'Document → its publisher.',
};

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

export const ORGANISATION_TYPE_DESCRIPTIONS: Described<OrganisationType> = {
  SOCIAL_WORK: 'A social-work organisation (welzijn, sociaal werk), e.g. Kwadraad, Participe.',
  CARE: 'A care or support provider, e.g. MEE, Alzheimer DWO.',
  GOVERNMENT: 'A public body or a service of municipalities, e.g. a GGD, Laborijn, the Kinderombudsman.',
  SCHOOL: 'A school or other place of education.',
  NETWORK: 'A network of organisations, with its members as `members` (MEMBER_OF), e.g. Delft voor Elkaar.',
  CIVIC: 'A club or association of citizens, e.g. Rotary.',
  INDUSTRY_BODY: 'An association of a sector, e.g. Sociaal Werk Nederland.',
  HOUSING: 'A housing association (woningcorporatie).',
  POLICE: 'The police.',
  MEDIA: 'A news or media organisation, e.g. NOS.',
  BUSINESS: 'A company.',
  OTHER: 'None of the above.',
};

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

export const PROGRAMME_KIND_DESCRIPTIONS: Described<ProgrammeKind> = {
  INITIATIVE: 'Something residents or organisations started, e.g. Samen Wageningen.',
  PROJECT: 'Work towards a set aim, e.g. project dementievriendelijke gemeente.',
  FACILITY: 'A place people can go to, e.g. GeheugenHuis, Kulturhus.',
  PILOT: 'A trial, to be continued or not.',
  POLICY: 'A policy, agenda or vision, e.g. Uitvoeringsagenda Sociaal Domein.',
  SERVICE: 'A standing service for residents, e.g. CJG Midden-Limburg, sociale wijkteams.',
  NETWORK: 'People or organisations that work together as one programme.',
  EVENT: 'A meeting or a recurring gathering, e.g. doorbraaksessies.',
};

/** Direction of a relationship as seen from the node asking. */
export enum Direction {
  OUT = 'OUT',
  IN = 'IN',
  BOTH = 'BOTH',
}

export const DIRECTION_DESCRIPTIONS: Described<Direction> = {
  OUT: 'Relationships that start at this node.',
  IN: 'Relationships that end at this node.',
  BOTH: 'Either way.',
};

/** Order of a list: by name, ties broken by id. */
export enum NameOrder {
  NAME_ASC = 'NAME_ASC',
  NAME_DESC = 'NAME_DESC',
}

export const NAME_ORDER_DESCRIPTIONS: Described<NameOrder> = {
  NAME_ASC: 'By name, A to Z; the same name by id, ascending.',
  NAME_DESC: 'By name, Z to A; the same name by id, descending: the exact reverse of NAME_ASC.',
};
