import { registerEnumType } from 'type-graphql';
import {
  Direction,
  NameOrder,
  NodeLabel,
  OrganisationType,
  ProgrammeKind,
  RelationshipType,
} from '../../model';

export { Direction, NameOrder };

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
