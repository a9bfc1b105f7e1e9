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

/** The model's enums of stored values that have a GraphQL enum (registered above). */
const STORED_VALUE_ENUMS: Record<string, string>[] = [OrganisationType, ProgrammeKind];

/**
 * The GraphQL enum of a model enum property, found by its values (the model lists values, not
 * GraphQL types). A property whose values no registered enum has is refused, naming the values.
 */
export function graphqlEnumOf(values: readonly string[]): Record<string, string> {
  const same = (e: Record<string, string>) =>
    Object.values(e).length === values.length && values.every((v) => Object.values(e).includes(v));
  const found = STORED_VALUE_ENUMS.find(same);
  if (!found) {
    throw new Error(
      `No GraphQL enum is registered for the values ${values.join(', ')} (src/graph/common/enums.ts)`,
    );
  }
  return found;
}
