import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/config';
import { RelationshipType } from '../model';

export const QUERIES_DIR = path.join(PROJECT_ROOT, 'cypher', 'queries');

/**
 * Fragments spliced into queries: `{{NODE_FIELDS:m}}` (what every read returns of a node,
 * cypher/fragments/node-fields, written once for the reads that return nodes, with `{{node}}` as the
 * query's variable) and `{{EVIDENCE:r}}` (a node's or relationship's evidence with the documents it
 * cites, cypher/fragments/evidence, with `{{of}}` as the variable). Node fields come first: they
 * hold an evidence fragment of their own.
 */
function withFragments(text: string, fragmentsDir: string): string {
  return text
    .replace(/\{\{NODE_FIELDS:([A-Za-z]\w*)\}\}/g, (_, variable: string) =>
      fragment(fragmentsDir, 'node-fields').replace(/\{\{node\}\}/g, variable),
    )
    .replace(/\{\{EVIDENCE:([A-Za-z]\w*)\}\}/g, (_, variable: string) =>
      fragment(fragmentsDir, 'evidence').replace(/\{\{of\}\}/g, variable),
    );
}

/**
 * A Cypher file's text without its comment lines: the lines whose first non-blank characters are
 * `//`. The comments are for readers of the files; they say what a query keeps out and why (e.g.
 * which document holds a restricted passage), so neither Neo4j nor the `extensions.cypher` a
 * development response carries gets them. Only whole lines go: a `//` after code could be inside a
 * string literal (a URL), so the files have no comment after code (tests/unit/cypher-comments.test.ts
 * fails when one is added).
 */
export function withoutComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .trim();
}

const fragments = new Map<string, string>();
/** A fragment's text without its comment lines (they say what it is, not what runs). */
function fragment(dir: string, name: string): string {
  const file = path.join(dir, `${name}.cypher`);
  let text = fragments.get(file);
  if (text === undefined) {
    text = withoutComments(fs.readFileSync(file, 'utf8'));
    fragments.set(file, text);
  }
  return text;
}

export type SortOrder = 'ASC' | 'DESC';
export type Walk = 'BOTH' | 'OUT' | 'IN';

const TYPE_NAMES = new Set<string>(Object.values(RelationshipType));
/** Typed variants cached at most; past that (clients choose the combinations) they are built each time. */
const MAX_TYPED = 512;

export interface NamedQuery {
  /** The file's path below cypher/queries without the extension, e.g. `municipality/by-ids`. */
  name: string;
  text: string;
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return walk(full);
    return entry.name.endsWith('.cypher') ? [full] : [];
  });
}

/**
 * Every Cypher statement the service runs lives in a named file under cypher/queries, readable and
 * runnable in Neo4j Browser. They are read once, without their comment lines (`withoutComments`):
 * the text sent to Neo4j is the text a development response shows. Asking for a name that has no
 * file is a programming error and fails loudly.
 */
export class QueryRegistry {
  private readonly queries = new Map<string, NamedQuery>();
  private readonly typedQueries = new Map<string, NamedQuery>();

  constructor(dir: string = QUERIES_DIR) {
    const fragmentsDir = path.join(dir, '..', 'fragments');
    for (const file of walk(dir)) {
      const name = path
        .relative(dir, file)
        .replace(/\\/g, '/')
        .replace(/\.cypher$/, '');
      const text = withFragments(withoutComments(fs.readFileSync(file, 'utf8')), fragmentsDir);
      this.queries.set(name, { name, text });
    }
  }

  /**
   * `municipality/page`; for a query with an `{{ORDER}}` token `municipality/page#DESC`; for one with
   * `{{TYPES}}` `relationship/related#OUT:AWARDED_BY|RUNS` (see `typed`).
   */
  get(name: string): NamedQuery {
    const query = this.queries.get(name) ?? this.typedQueries.get(name);
    if (query) return query;
    const ordered = /^(.+)#(ASC|DESC)$/.exec(name);
    if (ordered) return this.ordered(ordered[1], ordered[2] as SortOrder);
    const typed = /^(.+)#(BOTH|OUT|IN):([A-Z_|]+)$/.exec(name);
    if (typed) return this.typed(typed[1], typed[3].split('|') as RelationshipType[], typed[2] as Walk);
    throw new Error(`No Cypher file cypher/queries/${name}.cypher`);
  }

  /**
   * A query with `{{ORDER}}` (ASC/DESC) and `{{AFTER}}` (> or <, for the keyset) filled in. Cypher cannot take a sort direction as a parameter,
   * and a CASE in ORDER BY would defeat the index, so the direction is spliced in, but only ever
   * as one of two literals.
   */
  ordered(name: string, order: SortOrder): NamedQuery {
    const key = `${name}#${order}`;
    let query = this.queries.get(key);
    if (!query) {
      const direction = order === 'DESC' ? 'DESC' : 'ASC';
      const template = this.queries.get(name);
      if (!template) throw new Error(`No Cypher file cypher/queries/${name}.cypher`);
      query = {
        name: key,
        text: template.text
          .replace(/\{\{ORDER\}\}/g, direction)
          .replace(/\{\{AFTER\}\}/g, direction === 'DESC' ? '<' : '>'),
      };
      this.queries.set(key, query);
    }
    return query;
  }

  /**
   * A query with `{{TYPES}}` filled with `:A|B|…` and, for `direction` OUT or IN, `{{IN}}`/`{{OUT}}`
   * with the arrow heads `<` and `>` (empty for BOTH). A type in a parameter (`type(r) IN $types`,
   * or `$any(...)` in 5.26) cannot narrow the expand, so a hub would expand every relationship it
   * has; a literal type reads only its own relationship group. Only RelationshipType values are
   * spliced in (anything else fails loudly), sorted and deduplicated, so a combination is one text.
   */
  typed(name: string, types: readonly RelationshipType[], direction: Walk = 'BOTH'): NamedQuery {
    const key = typedQueryName(name, types, direction);
    const cached = this.typedQueries.get(key);
    if (cached) return cached;
    const template = this.queries.get(name);
    if (!template) throw new Error(`No Cypher file cypher/queries/${name}.cypher`);
    const [walk, sorted] = key.slice(key.lastIndexOf('#') + 1).split(':');
    const query = {
      name: key,
      text: template.text
        .replace(/\{\{TYPES\}\}/g, `:${sorted}`)
        .replace(/\{\{IN\}\}/g, walk === 'IN' ? '<' : '')
        .replace(/\{\{OUT\}\}/g, walk === 'OUT' ? '>' : ''),
    };
    if (this.typedQueries.size < MAX_TYPED) this.typedQueries.set(key, query);
    return query;
  }

  names(): string[] {
    return [...this.queries.keys()].sort();
  }
}

/** The name `typed` files a query under: types checked against the enum, sorted, without repeats. */
export function typedQueryName(
  name: string,
  types: readonly RelationshipType[],
  direction: Walk = 'BOTH',
): string {
  const sorted = [...new Set(types)].sort();
  if (sorted.length === 0 || sorted.some((type) => !TYPE_NAMES.has(type))) {
    throw new Error(`Not a list of relationship types: ${JSON.stringify(types)}`);
  }
  const walk: Walk = direction === 'OUT' ? 'OUT' : direction === 'IN' ? 'IN' : 'BOTH';
  return `${name}#${walk}:${sorted.join('|')}`;
}

let shared: QueryRegistry | undefined;
export function queryRegistry(): QueryRegistry {
  shared ??= new QueryRegistry();
  return shared;
}
