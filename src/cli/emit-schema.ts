import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/config';
import { printSortedSchema } from '../server/schema';
import { runCli } from './run-cli';

export const SCHEMA_FILE = path.join(PROJECT_ROOT, 'schema.graphql');

const USAGE = 'usage: npm run schema:emit\n  writes schema.graphql, sorted, from the type-graphql classes';

/** `npm run schema:emit`: writes schema.graphql, sorted, from the type-graphql classes. */
runCli(async () => {
  fs.writeFileSync(SCHEMA_FILE, await printSortedSchema());
  console.log(`Wrote ${path.relative(process.cwd(), SCHEMA_FILE) || SCHEMA_FILE}`);
}, USAGE);
