import {
  COMMON_PROPERTIES,
  type EvidenceColumns,
  KINDS,
  type KindSpec,
  type PropertySpec,
  storedName,
} from '../../model';

/**
 * The typed CSV headers neo4j-admin's importer reads, and how one value becomes one cell, so that an
 * imported graph holds exactly the values and types the transactional loader (seed/create-nodes,
 * seed/create-relationships) writes: strings, booleans, 64-bit integers (the driver sends integral
 * numbers as Integers, src/db/convert.ts), lists of strings and of booleans, and `createdAt` as a
 * zoned datetime.
 *
 * Every property a plan row may carry is a column here with its type; a row with any other property,
 * or a value of another type, is refused (the bulk path fails loudly rather than store something the
 * transactional path would not). The node columns are the model's properties of every kind, and the
 * few the loader adds.
 */

export type ColumnType = 'string' | 'boolean' | 'long' | 'string[]' | 'boolean[]' | 'datetime';

/** How the importer types a model value (enums and dates are stored as strings). */
const COLUMN_OF: Record<PropertySpec['type'], ColumnType> = {
  string: 'string',
  int: 'long',
  boolean: 'boolean',
  'string[]': 'string[]',
  enum: 'string',
  date: 'string',
};

/**
 * First in every file: walks read it at every step, and the first property of a record is one
 * record away (bench/README.md, "shortest paths"). Later spreads keep a key where it first came.
 */
const FIRST: Record<string, ColumnType> = { restricted: 'boolean' };

/** Evidence, as every node and relationship stores it (the model's EvidenceColumns, each one typed). */
const EVIDENCE: Record<keyof EvidenceColumns, ColumnType> = {
  restricted: 'boolean',
  evidenceDocuments: 'string[]',
  evidenceExcerpts: 'string[]',
  evidenceInferred: 'boolean[]',
  evidenceReasons: 'string[]',
  evidenceRestricted: 'boolean[]',
};

/** What the loaders store beyond the model's properties. */
const LOADER_NODE_COLUMNS: Record<string, ColumnType> = {
  // The aliases joined: the full-text index searches text properties, not lists.
  aliasesText: 'string',
  // A document's publisher id, as its metadata gives it (the PUBLISHED_BY relationship shows it).
  publisher: 'string',
  // 'seed' or 'bench': who wrote the row.
  origin: 'string',
};

/** Written beside the columns: the id as the importer's `id:ID`, and `version` (with `createdAt`, `createdBy`). */
const ADDED_BY_IMPORT = ['id', 'version'];

/**
 * One column per stored name. Two kinds may store the same name (Programme's and Document's `kind`)
 * only with the same column type: one CSV header serves every label.
 */
export function nodeColumns(kinds: readonly KindSpec[] = Object.values(KINDS)): Record<string, ColumnType> {
  const columns: Record<string, ColumnType> = { ...FIRST, ...EVIDENCE, ...LOADER_NODE_COLUMNS };
  const owner: Record<string, string> = {};
  const properties = [
    ...COMMON_PROPERTIES.filter((p) => !ADDED_BY_IMPORT.includes(p.field)).map(
      (p) => ['every node', p] as const,
    ),
    ...kinds.flatMap((kind) => kind.properties.map((p) => [kind.label, p] as const)),
  ];
  for (const [kind, property] of properties) {
    const name = storedName(property);
    const type = COLUMN_OF[property.type];
    if (columns[name] !== undefined && columns[name] !== type) {
      throw new Error(
        `${kind} stores ${name} as ${type}, but ${owner[name] ?? 'the loader'} as ${columns[name]}: one column cannot hold both`,
      );
    }
    columns[name] = type;
    owner[name] ??= kind;
  }
  return columns;
}

/** Node properties a seed or the bench generator writes (the loader adds id, version, createdAt, createdBy). */
export const NODE_IMPORT_COLUMNS: Record<string, ColumnType> = nodeColumns();

/** Relationship properties (the loader adds key). */
export const RELATIONSHIP_IMPORT_COLUMNS: Record<string, ColumnType> = {
  ...FIRST,
  year: 'long',
  title: 'string',
  context: 'string',
  ...EVIDENCE,
  origin: 'string',
};

/**
 * Between the items of a list in one cell (`--array-delimiter`): the ASCII unit separator, which no
 * text of ours contains (a value that does is refused, see `cell`).
 */
export const ARRAY_DELIMITER = '\u001f';
export const ARRAY_DELIMITER_OPTION = 'U+001F';

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

function checkText(text: string, property: string): string {
  if (text.includes(ARRAY_DELIMITER))
    throw new Error(`${property}: a value holds U+001F, the importer's list delimiter`);
  return text;
}

/**
 * The importer reads an empty cell as "no property", so an empty list and a list of one empty
 * string cannot be written. The model never stores them (src/model/stored.ts); a row that still
 * holds one did not go through that rule, and is refused rather than stored otherwise than the
 * transactional loader would store it.
 */
const unwritable = (property: string, value: unknown) =>
  new Error(
    `${property}: ${JSON.stringify(value)} cannot be written by the importer (the model stores no such list: storedValues)`,
  );

/**
 * One value as one cell: null → empty and unquoted (no property); strings always quoted (so an
 * empty string stays an empty string and commas, quotes and new lines are data); lists joined by
 * the delimiter.
 */
export function cell(value: unknown, type: ColumnType, property: string): string {
  if (value === null || value === undefined) return '';
  const wrong = () => new Error(`${property}: ${JSON.stringify(value)} is not a ${type}`);
  switch (type) {
    case 'string':
      if (typeof value !== 'string') throw wrong();
      return quote(value);
    case 'boolean':
      if (typeof value !== 'boolean') throw wrong();
      return String(value);
    case 'long':
      if (!Number.isSafeInteger(value)) throw wrong();
      return String(value);
    case 'datetime':
      if (typeof value !== 'string') throw wrong();
      return value;
    case 'string[]': {
      if (!Array.isArray(value) || value.some((x) => typeof x !== 'string')) throw wrong();
      const items = value as string[];
      if (items.length === 0 || (items.length === 1 && items[0] === '')) throw unwritable(property, value);
      return quote(items.map((x) => checkText(x, property)).join(ARRAY_DELIMITER));
    }
    case 'boolean[]': {
      if (!Array.isArray(value) || value.some((x) => typeof x !== 'boolean')) throw wrong();
      if (value.length === 0) throw unwritable(property, value);
      return value.join(ARRAY_DELIMITER);
    }
  }
}

/** The header line: `name:type` per column, the importer's own columns first. */
export function header(leading: string[], columns: Record<string, ColumnType>): string {
  return [...leading, ...Object.entries(columns).map(([name, type]) => `${name}:${type}`)].join(',');
}
