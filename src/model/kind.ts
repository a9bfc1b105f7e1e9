import type { Direction, NodeLabel, RelationshipType } from './labels';

/** A stored property of a kind, and the GraphQL field that shows it. */
export interface PropertySpec {
  /** The GraphQL field. */
  field: string;
  /** The stored property (and the record key type-graphql reads), when it is not the field's name. */
  stored?: string;
  /** The seed and curation value type. */
  type: 'string' | 'int' | 'boolean' | 'string[]' | 'enum' | 'date';
  /**
   * May be absent (null). An update removes it with null; null leaves a required value unchanged,
   * and a list is never null (an empty list removes it): `removableByNull`.
   */
  nullable?: boolean;
  /** Long text: most of a node's bytes, read only when a client selects it. */
  long?: boolean;
  /** Kept from viewers who may not see restricted facts (null for them). */
  restrictedOnly?: boolean;
  /** The allowed values of an enum property. */
  values?: readonly string[];
  /** The allowed range of an int property. */
  range?: [min: number, max: number];
  /** The value a seed or curation input gets when it gives none. */
  default?: string;
  /** Editors may set it: `create<Kind>` and `update<Kind>` take it (src/graph/curation). */
  curated?: boolean;
  /** What it holds, for the GraphQL descriptions of those inputs (an update's adds what omit and null do). */
  description?: string;
  /** Longest text, in characters; of a list, of each item. */
  maxLength?: number;
  /** Most items of a list. */
  maxItems?: number;
  /** The form a text must have, and what it must be otherwise: "<field> must be <mustBe>". */
  pattern?: { regex: RegExp; mustBe: string };
}

/** A condition of a kind's list filter, with the listed node as `n` and the value as `value`. */
export interface FilterSpec {
  /** The field of the `<Kind>Filter` input. */
  field: string;
  type: 'string' | 'int' | 'enum' | 'id';
  /** For an id filter: the kinds whose ids it takes (checked by the one id validator). */
  ids?: NodeLabel[];
  /** The Cypher condition. `n` and `value` are a variable and a parameter (`$f0`), never input. */
  where: (n: string, value: string) => string;
}

/** A typed relationship field of a kind, e.g. `Municipality.nominatedBy`. */
export interface RelationshipFieldSpec {
  field: string;
  description: string;
  types: RelationshipType[];
  direction: Direction;
  /** The kinds at the other end; one kind gives a typed `node`, several give `Node`. */
  to: NodeLabel[];
}

/** One description of a node kind: everything else (reads, checks, seeds) derives from it. */
export interface KindSpec {
  label: NodeLabel;
  idPrefix: string;
  /** A slug for examples in messages: `delft` in `municipality:delft`. */
  exampleSlug: string;
  /** The list root field (`municipalities`) and the by-id root field (`municipality`). */
  listField: string;
  byIdField: string;
  /** Stored properties beyond the ones every node has (id, name, aliases, restricted, version). */
  properties: PropertySpec[];
  filters: FilterSpec[];
  relationships: RelationshipFieldSpec[];
}

/** What every node stores and shows, whatever its kind. */
export const COMMON_PROPERTIES: PropertySpec[] = [
  { field: 'id', type: 'string' },
  { field: 'name', type: 'string' },
  { field: 'aliases', type: 'string[]' },
  { field: 'restricted', type: 'boolean' },
  { field: 'version', type: 'int' },
];

/**
 * The restriction rule inside a filter's condition: every variable (node or relationship) on the way
 * must be visible to the viewer, so a restricted fact never shows through a filter.
 */
export { visibleTo as visible } from './visibility';

/** `toLower(n.<property>) CONTAINS toLower(value)`: the case-insensitive "contains" filters. */
export function contains(property: string): FilterSpec['where'] {
  return (n, value) => `toLower(${n}.${property}) CONTAINS toLower(${value})`;
}

/** The stored property behind a field. */
export function storedName(property: PropertySpec): string {
  return property.stored ?? property.field;
}

/** The properties of a kind that editors may set, in the model's order. */
export function curatedProperties(kind: KindSpec): PropertySpec[] {
  return kind.properties.filter((property) => property.curated);
}

/** Whether an update's null removes the stored value (else null, like omitting it, changes nothing). */
export function removableByNull(property: PropertySpec): boolean {
  return Boolean(property.nullable) && property.type !== 'string[]';
}
