import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/config';
import type { Database } from './database';

export const SCHEMA_DIR = path.join(PROJECT_ROOT, 'cypher', 'schema');

/** The statements of cypher/schema/*.cypher in file order, comments dropped, split at `;`. */
export function schemaStatements(dir: string = SCHEMA_DIR): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .flatMap((f) =>
      fs
        .readFileSync(path.join(dir, f), 'utf8')
        .split('\n')
        .filter((line) => !line.trim().startsWith('//'))
        .join('\n')
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean),
    );
}

export function applySchema(database: Database): Promise<void> {
  return database.applySchema(schemaStatements());
}
