import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/config';

export const QUERIES_DIR = path.join(PROJECT_ROOT, 'cypher', 'queries');

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

  get(name: string): NamedQuery {
    const query = this.queries.get(name);
    if (!query) throw new Error(`No Cypher file cypher/queries/${name}.cypher`);
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
