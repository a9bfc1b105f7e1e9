import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/config';

export const QUERIES_DIR = path.join(PROJECT_ROOT, 'cypher', 'queries');

export type SortOrder = 'ASC' | 'DESC';

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
 * runnable in Neo4j Browser. They are read once; asking for a name that has no file is a programming
 * error and fails loudly.
 */
export class QueryRegistry {
  private readonly queries = new Map<string, NamedQuery>();

  constructor(dir: string = QUERIES_DIR) {
    for (const file of walk(dir)) {
      const name = path
        .relative(dir, file)
        .replace(/\\/g, '/')
        .replace(/\.cypher$/, '');
      this.queries.set(name, { name, text: fs.readFileSync(file, 'utf8') });
    }
  }

  /** `municipality/page` or, for a query with an `{{ORDER}}` token, `municipality/page#DESC`. */
  get(name: string): NamedQuery {
    const query = this.queries.get(name);
    if (query) return query;
    const ordered = /^(.+)#(ASC|DESC)$/.exec(name);
    if (ordered) return this.ordered(ordered[1], ordered[2] as SortOrder);
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

  names(): string[] {
    return [...this.queries.keys()].sort();
  }
}

let shared: QueryRegistry | undefined;
export function queryRegistry(): QueryRegistry {
  shared ??= new QueryRegistry();
  return shared;
}
