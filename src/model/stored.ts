/**
 * The one rule for what is stored of a value, used by both loaders (and so by neo4j-admin's CSV
 * files), the bench generator and curation: a list that says nothing is not stored.
 *
 * - An empty list (`aliases: []`, or any list property a kind has) is left out: every reader already
 *   reads an absent list as empty (`coalesce(n.aliases, [])`), and Neo4j's importer cannot write one
 *   anyway.
 * - `evidenceReasons` is stored only when some piece has a reason. A reason belongs to an inferred
 *   piece; most facts are stated, and their reasons list held only empty strings (`[""]`), which
 *   the importer reads as "no value" too. Readers take a missing reason as none
 *   (`evidenceReasons[i]` of an absent list is null).
 *
 * Why: the bulk path had to set these values after the import, a write to nearly every
 * relationship (9.5 s of a 44 s load at 100k nodes, growing with the relationships); storing nothing
 * instead costs nothing, and both loaders store the same graph (tests/seed/bulk.test.ts).
 *
 * Values that say nothing come back as null, not left out: the transactional loader writes
 * `SET n += props`, where null removes a value a re-run would otherwise keep.
 */
export function storedValue(property: string, value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  if (value.length === 0) return null;
  if (property === 'evidenceReasons' && value.every((reason) => reason === '')) return null;
  return value;
}

/** storedValue for every property of a row. */
export function storedValues<T extends Record<string, unknown>>(props: T): T {
  const out: Record<string, unknown> = {};
  for (const [property, value] of Object.entries(props)) out[property] = storedValue(property, value);
  return out as T;
}
