import { registerEnumType } from 'type-graphql';
import { NodeLabel, OrganisationType, ProgrammeKind, RelationshipType } from '../../model';

/** Direction of a relationship as seen from the node asking. */
export enum Direction {
  OUT = 'OUT',
  IN = 'IN',
  BOTH = 'BOTH',
}

export enum NameOrder {
  NAME_ASC = 'NAME_ASC',
  NAME_DESC = 'NAME_DESC',
}

registerEnumType(NodeLabel, {
  name: 'NodeKind',
  description: 'The kind (Neo4j label) of a node.',
});
registerEnumType(RelationshipType, {
  name: 'RelationshipType',
  description: 'A relationship type of the graph, as stored in Neo4j (see DESIGN.md, "The graph").',
  valuesConfig: {
    NOMINATED_BY: { description: 'Municipality/Region → the social-work organisation that put it forward.' },
    RECEIVED: { description: 'Municipality/Region → Award edition, with `year`.' },
    AWARDED_BY: { description: 'Award edition → the organisation that grants it.' },
    PARTNERS_WITH: {
      description: 'Organisation/Municipality/Region ↔ same; symmetric, with optional `context`.',
    },
    MEMBER_OF: { description: 'Municipality → Region; Organisation → network Organisation.' },
    HOLDS_ROLE: { description: 'Person → Organisation/Municipality/Region, with `title`.' },
    RUNS: { description: 'Organisation/Municipality/Region → Programme.' },
    LOCATED_IN: { description: 'Programme/Organisation → Municipality/Region.' },
    SAID: { description: 'Person → Quote.' },
    QUOTED_IN: { description: 'Quote → Document; one per document carrying the quote.' },
    CONCERNS: { description: 'Programme/Quote → Theme.' },
    JUDGED_ON: { description: 'Award edition → Criterion.' },
    MENTIONS: { description: 'Document → any node it names.' },
    PUBLISHED_BY: { description: 'Document → its publisher.' },
  },
});
registerEnumType(OrganisationType, {
  name: 'OrganisationType',
  description: 'What kind of body an organisation is.',
});
registerEnumType(ProgrammeKind, {
  name: 'ProgrammeKind',
  description: 'What kind of initiative a programme is.',
});
registerEnumType(Direction, {
  name: 'Direction',
  description: 'Which relationships to follow, as seen from the node asking.',
  valuesConfig: {
    OUT: { description: 'Relationships that start at this node.' },
    IN: { description: 'Relationships that end at this node.' },
    BOTH: { description: 'Either way.' },
  },
});
registerEnumType(NameOrder, {
  name: 'NameOrder',
  description: 'Order of a list: by name, ties broken by id.',
});
