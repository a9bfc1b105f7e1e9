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
  // Most values are strings, numbers and booleans: return them before any of the type tests below.
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return value;
  if (value === null || value === undefined) return null;
  if (type === 'bigint') return Number(value);
  if (type !== 'object') return value;
  if (Array.isArray(value)) return value.map(toNative);
  // A byte array property (the driver's Int8Array) as the bytes, not as an object of indexes.
  if (ArrayBuffer.isView(value)) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  if (neo4j.isInt(value)) {
    if (!neo4j.integer.inSafeRange(value)) throw new RangeError(`Integer ${value.toString()} exceeds 2^53`);
    return value.toNumber();
  }
  // Plain maps (what map projections return) are by far the most common objects.
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const key in value as Record<string, unknown>)
      out[key] = toNative((value as Record<string, unknown>)[key]);
    return out;
  }
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
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toNative(v)]),
  );
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
