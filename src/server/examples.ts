import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/config';

export const EXAMPLES_DIR = path.join(PROJECT_ROOT, 'examples');

/** The ready-made operations in examples/, by file name. */
export function exampleOperations(): Record<string, string> {
  return Object.fromEntries(
    fs
      .readdirSync(EXAMPLES_DIR)
      .filter((f) => f.endsWith('.graphql'))
      .sort()
      .map((f) => [f, fs.readFileSync(path.join(EXAMPLES_DIR, f), 'utf8')]),
  );
}

/** What the Sandbox opens with: the click path from Delft to its nominator, partners and quotes. */
export function sandboxOperation(): string {
  return exampleOperations()['delft-walkthrough.graphql'];
}
