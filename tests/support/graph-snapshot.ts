import { toNative } from '../../src/db/convert';
import type { Database } from '../../src/db/database';
import { seedDatabase } from '../../src/seed/seed';

export type Row = Record<string, unknown>;

/** Ad-hoc Cypher for tests only (the Database class runs named queries only). */
export async function cypher(database: Database, query: string, params: Row = {}): Promise<Row[]> {
  const session = database.driver.session();
  try {
    const result = await session.run(query, params);
    return result.records.map((record) => toNative(record.toObject()) as Row);
  } finally {
    await session.close();
  }
}

/** How many nodes carry each label and how many relationships have each type. */
export async function countsByLabelAndType(database: Database) {
  const labels = await cypher(
    database,
    'MATCH (n) WHERE NOT n:Snapshot AND NOT n:ChangeSequence UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label',
  );
  const types = await cypher(
    database,
    'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type',
  );
  return {
    labels: Object.fromEntries(labels.map((row) => [row.label, row.count])) as Record<string, number>,
    types: Object.fromEntries(types.map((row) => [row.type, row.count])) as Record<string, number>,
  };
}

/** JSON with object keys sorted, so equal property maps print equal. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Row).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The whole graph as sorted lines: every node (id, labels, properties) and every relationship
 * (type, ends, properties), each property with its stored type as Cypher names it (`valueType`:
 * INTEGER is not FLOAT, an empty list is not a missing one), without the value of createdAt (the
 * only value that depends on when it ran; its type is kept). Bookkeeping is left out: the
 * snapshots exports record, and the change feed's counter (every write moves it, and a write that
 * is undone does not move it back).
 */
export async function graphFingerprint(
  database: Database,
): Promise<{ nodes: string[]; relationships: string[] }> {
  const types = (x: string) => `[k IN keys(${x}) | k + ' ' + valueType(${x}[k])] AS types`;
  const nodes = await cypher(
    database,
    `MATCH (n) WHERE NOT n:Snapshot AND NOT n:ChangeSequence RETURN n.id AS id, labels(n) AS labels, properties(n) AS props, ${types('n')}`,
  );
  const relationships = await cypher(
    database,
    `MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props, ${types('r')}`,
  );
  const withoutCreatedAt = (props: unknown, typed: unknown) =>
    stableJson(Object.fromEntries(Object.entries(props as Row).filter(([key]) => key !== 'createdAt'))) +
    ` ${[...(typed as string[])].sort().join(', ')}`;
  return {
    nodes: nodes
      .map(
        (n) =>
          `${n.id} ${[...(n.labels as string[])].sort().join(':')} ${withoutCreatedAt(n.props, n.types)}`,
      )
      .sort(),
    relationships: relationships
      .map((r) => `${r.from} ${r.type} ${r.to} ${withoutCreatedAt(r.props, r.types)}`)
      .sort(),
  };
}

/** Empties the database and loads the curated seeds again: how a test that wrote leaves the graph. */
export async function restoreSeededGraph(database: Database): Promise<void> {
  await cypher(database, 'MATCH (n) DETACH DELETE n');
  await seedDatabase(database);
}
