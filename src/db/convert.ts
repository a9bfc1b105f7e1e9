import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isRelationship,
  isTime,
} from 'neo4j-driver';

/**
 * Converts what the driver returns into plain JSON-able values: Integers to numbers (refusing any
 * beyond 2^53 rather than rounding silently), temporal values to ISO strings, nodes and
 * relationships to their properties.
 */
export function toNative(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (neo4j.isInt(value)) {
    if (!neo4j.integer.inSafeRange(value)) throw new RangeError(`Integer ${value.toString()} exceeds 2^53`);
    return value.toNumber();
  }
  if (typeof value === 'bigint') return Number(value);
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value)
  ) {
    return value.toString();
  }
  if (isNode(value) || isRelationship(value)) return toNative(value.properties);
  if (Array.isArray(value)) return value.map(toNative);
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toNative(v)]),
    );
  }
  return value;
}

/**
 * JavaScript numbers reach Neo4j as floats; integral ones are sent as Integers instead, so that
 * `LIMIT $first`, list slices and stored years are integers, as Cypher expects.
 */
export function toDriverParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toDriverParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toDriverParams(v)]),
    );
  }
  return value;
}
