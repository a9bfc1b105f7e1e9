import { registerEnumType } from 'type-graphql';
import {
  DIRECTION_DESCRIPTIONS,
  type Described,
  Direction,
  NAME_ORDER_DESCRIPTIONS,
  NODE_LABEL_DESCRIPTIONS,
  NameOrder,
  NodeLabel,
  ORGANISATION_TYPE_DESCRIPTIONS,
  OrganisationType,
  PROGRAMME_KIND_DESCRIPTIONS,
  ProgrammeKind,
  RELATIONSHIP_TYPE_DESCRIPTIONS,
  RelationshipType,
} from '../../model';

export { Direction, NameOrder };

/** The model's descriptions of an enum's values (src/model/labels.ts), as type-graphql takes them. */
function valuesConfig<E extends string>(descriptions: Described<E>) {
  return Object.fromEntries(
    Object.entries<string>(descriptions).map(([value, description]) => [value, { description }]),
  ) as Record<E, { description: string }>;
}

registerEnumType(NodeLabel, {
  name: 'NodeKind',
  description: 'The kind (Neo4j label) of a node.',
  valuesConfig: valuesConfig(NODE_LABEL_DESCRIPTIONS),
});
registerEnumType(RelationshipType, {
  name: 'RelationshipType',
  description:
    'A relationship type of the graph, as stored in Neo4j (see docs/architecture.md and seeds/README.md).',
  valuesConfig: valuesConfig(RELATIONSHIP_TYPE_DESCRIPTIONS),
});
registerEnumType(OrganisationType, {
  name: 'OrganisationType',
  description: 'What kind of body an organisation is.',
  valuesConfig: valuesConfig(ORGANISATION_TYPE_DESCRIPTIONS),
});
registerEnumType(ProgrammeKind, {
  name: 'ProgrammeKind',
  description: 'What kind of initiative a programme is.',
  valuesConfig: valuesConfig(PROGRAMME_KIND_DESCRIPTIONS),
});
registerEnumType(Direction, {
  name: 'Direction',
  description: 'Which relationships to follow, as seen from the node asking.',
  valuesConfig: valuesConfig(DIRECTION_DESCRIPTIONS),
});
registerEnumType(NameOrder, {
  name: 'NameOrder',
  description: 'Order of a list: by name, ties broken by id.',
  valuesConfig: valuesConfig(NAME_ORDER_DESCRIPTIONS),
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
      `No GraphQL enum is registered for the values ${values.join(', ')} (src/graph/types/enums.ts)`,
    );
  }
  return found;
}
