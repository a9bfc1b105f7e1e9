import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/config';
import { RelationshipType, allVisibleTo, evidenceCypher, unrestricted, visibleTo } from '../model';

export const QUERIES_DIR = path.join(PROJECT_ROOT, 'cypher', 'queries');

/**
 * The visibility rule, rendered into a named query from its one description (model/visibility.ts):
 * `{{VISIBLE:r, m}}` (every variable visible to the viewer), `{{ALL_VISIBLE:rels, nodes(p)}}`
 * (every item of the lists), `{{UNRESTRICTED:rels, nodes(p)}}` (no item restricted, whoever asks);
 * and a relationship's evidence as the viewer may see it, `{{EVIDENCE:r}}` (model/evidence.ts).
 */
const RULES: Record<string, (...args: string[]) => string> = {
  EVIDENCE: (owner) => evidenceCypher(owner),
  VISIBLE: visibleTo,
  ALL_VISIBLE: allVisibleTo,
  UNRESTRICTED: unrestricted,
};

function withRules(text: string): string {
  return text.replace(
    /\{\{(EVIDENCE|VISIBLE|ALL_VISIBLE|UNRESTRICTED):([^}]+)\}\}/g,
    (_, rule: string, args: string) => RULES[rule](...args.split(',').map((arg) => arg.trim())),
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
 * The hand-tuned statements (walks, analytics projections, curation writes, the loader) live in
 * named files under cypher/queries, readable and runnable in Neo4j Browser; the reads of the uniform
 * graph are compiled (src/graph/compile). They are read once, without their comment lines
 * (`withoutComments`): the text sent to Neo4j is the text a development response shows. Asking for a
 * name that has no file is a programming error and fails loudly.
 */
export class QueryRegistry {
  private readonly queries = new Map<string, NamedQuery>();
  private readonly typedQueries = new Map<string, NamedQuery>();

  constructor(dir: string = QUERIES_DIR) {
    for (const file of walk(dir)) {
      const name = path
        .relative(dir, file)
        .replace(/\\/g, '/')
        .replace(/\.cypher$/, '');
      this.queries.set(name, { name, text: withRules(withoutComments(fs.readFileSync(file, 'utf8'))) });
    }
  }

  /** `network/search`; for a query with `{{TYPES}}` `network/neighbourhood#AWARDED_BY|RUNS` (see `typed`). */
  get(name: string): NamedQuery {
    const query = this.queries.get(name) ?? this.typedQueries.get(name);
    if (query) return query;
    const typed = /^(.+)#([A-Z_|]+)$/.exec(name);
    if (typed) return this.typed(typed[1], typed[2].split('|') as RelationshipType[]);
    throw new Error(`No Cypher file cypher/queries/${name}.cypher`);
  }

  /**
   * A query with `{{TYPES}}` filled with `:A|B|…`. A type in a parameter (`type(r) IN $types`,
   * or `$any(...)` in 5.26) cannot narrow the expand, so a hub would expand every relationship it
   * has; a literal type reads only its own relationship group. Only RelationshipType values are
   * spliced in (anything else fails loudly), sorted and deduplicated, so a combination is one text.
   */
  typed(name: string, types: readonly RelationshipType[]): NamedQuery {
    const key = typedQueryName(name, types);
    const cached = this.typedQueries.get(key);
    if (cached) return cached;
    const template = this.queries.get(name);
    if (!template) throw new Error(`No Cypher file cypher/queries/${name}.cypher`);
    const sorted = key.slice(key.lastIndexOf('#') + 1);
    const query = {
      name: key,
      text: template.text.replace(/\{\{TYPES\}\}/g, `:${sorted}`),
    };
    if (this.typedQueries.size < MAX_TYPED) this.typedQueries.set(key, query);
    return query;
  }

  names(): string[] {
    return [...this.queries.keys()].sort();
  }
}

/** The name `typed` files a query under: types checked against the enum, sorted, without repeats. */
export function typedQueryName(name: string, types: readonly RelationshipType[]): string {
  const sorted = [...new Set(types)].sort();
  if (sorted.length === 0 || sorted.some((type) => !TYPE_NAMES.has(type))) {
    throw new Error(`Not a list of relationship types: ${JSON.stringify(types)}`);
  }
  return `${name}#${sorted.join('|')}`;
}

let shared: QueryRegistry | undefined;
export function queryRegistry(): QueryRegistry {
  shared ??= new QueryRegistry();
  return shared;
}
