import path from 'node:path';
import { PROJECT_ROOT } from '../config/config';
import type { Database } from '../db/database';
import { applyConstraints } from '../db/schema';
import { loadPlan, type LoadOptions, type LoadReport } from './load';
import { buildLoadPlan } from './plan';
import { SeedValidationError } from './problems';
import { readAndValidateSeeds } from './validate';

export const SEEDS_DIR = path.join(PROJECT_ROOT, 'seeds');

/**
 * Validates every seed file first and writes nothing if any problem is found; then applies the
 * constraints and loads (the loader applies the rest of the schema after the data). Running it
 * again leaves the same graph.
 */
export async function seedDatabase(
  database: Database,
  options: LoadOptions & { dir?: string } = {},
): Promise<LoadReport> {
  const { seeds, problems } = readAndValidateSeeds(options.dir ?? SEEDS_DIR);
  if (problems.length > 0) throw new SeedValidationError(problems);
  await applyConstraints(database);
  return loadPlan(database, buildLoadPlan(seeds), { prune: true, ...options });
}
