import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { PROJECT_ROOT } from '../../src/config/config';

/**
 * A small valid seed folder (one invented document); each case of tests/unit/seed-validation.test.ts
 * breaks one rule in a copy of it.
 */
export const MINIMAL_SEEDS = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'seeds-minimal');
export const DOCUMENT = 'document:900-minimal';

export type Fields = { [field: string]: unknown };
export type Entry = Fields & { evidence: Fields[]; properties?: Fields };
export interface SeedFile {
  entries: Entry[];
}

const temporaryFolders: string[] = [];

/** Removes every SeedFolder made so far: call it in afterAll. */
export function removeSeedFolders(): void {
  temporaryFolders.splice(0).forEach((folder) => fs.rmSync(folder, { recursive: true, force: true }));
}

/** A copy of the minimal seeds in a fresh temporary folder named `seeds`, with its files editable. */
export class SeedFolder {
  readonly root: string;

  constructor() {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'gouden-seeds-'));
    temporaryFolders.push(folder);
    this.root = path.join(folder, 'seeds');
    fs.cpSync(MINIMAL_SEEDS, this.root, { recursive: true });
  }

  edit(file: string, change: (content: SeedFile & Fields) => void): this {
    const at = path.join(this.root, file);
    const content = parse(fs.readFileSync(at, 'utf8')) as SeedFile & Fields;
    change(content);
    fs.writeFileSync(at, stringify(content));
    return this;
  }

  write(file: string, text: string): this {
    fs.writeFileSync(path.join(this.root, file), text);
    return this;
  }
}

export const first = (content: SeedFile) => content.entries[0];
