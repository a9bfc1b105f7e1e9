import path from 'node:path';
import type * as ConfigModule from '../src/config/config';
import type * as DatabaseModule from '../src/db/database';
import type * as LocalNeo4jModule from '../src/db/local-neo4j/local-neo4j';
import type * as SchemaModule from '../src/db/schema';
import type * as ModelModule from '../src/model';
import type * as LoadModule from '../src/seed/load';
import type * as AppModule from '../src/server/app';
import type * as LoggerModule from '../src/server/logger';
import type * as BulkModule from '../src/seed/bulk/bulk';
import type * as PlanModule from '../src/seed/plan';
import type * as ValidateModule from '../src/seed/validate';
import type * as SeedModule from '../src/seed/seed';
import type * as AnalyticsModule from '../src/analytics/analytics.service';
import type * as CentralityModule from '../src/analytics/centrality';
import type * as CacheModule from '../src/analytics/projection-cache';
import type * as ExamplesModule from '../src/server/examples';

/**
 * The service as `npm run build` compiled it into dist/ (with the decorator metadata type-graphql
 * needs), typed by its sources. The bench loads it from dist/ rather than compiling its own copy,
 * because the service finds cypher/, examples/ and .neo4j/ relative to its compiled files.
 */
const DIST = path.resolve(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const load = <T>(module: string): T => require(path.join(DIST, module)) as T;

export type Config = ConfigModule.Config;
export type Database = DatabaseModule.Database;
export type LocalNeo4j = LocalNeo4jModule.LocalNeo4j;
export type { NodeLabel, RelationshipType } from '../src/model';
export type { NodeRow, RelationshipRow } from '../src/seed/plan';
export type { BulkReport } from '../src/seed/bulk/bulk';
export type { BulkCsvWriter, BulkFiles } from '../src/seed/bulk/csv-writer';

export const { loadConfig } = load<typeof ConfigModule>('config/config');
export const { Database: DatabaseClass } = load<typeof DatabaseModule>('db/database');
export const { LocalNeo4j: LocalNeo4jClass } = load<typeof LocalNeo4jModule>('db/local-neo4j/local-neo4j');
export const { applyConstraints } = load<typeof SchemaModule>('db/schema');
export const { finishLoad, loadPlan } = load<typeof LoadModule>('seed/load');
export const { startServer } = load<typeof AppModule>('server/app');
export const { createLogger } = load<typeof LoggerModule>('server/logger');
export const model = load<typeof ModelModule>('model');
export const { bulkLoad, mergeBulkFiles, writeBulkCsv } = load<typeof BulkModule>('seed/bulk/bulk');
export const { buildLoadPlan } = load<typeof PlanModule>('seed/plan');
export const { readAndValidateSeeds } = load<typeof ValidateModule>('seed/validate');
export const { SEEDS_DIR } = load<typeof SeedModule>('seed/seed');
export const analytics = load<typeof AnalyticsModule>('analytics/analytics.service');
export const { CentralityMeasure } = load<typeof CentralityModule>('analytics/centrality');
export const { projectionCacheOf } = load<typeof CacheModule>('analytics/projection-cache');
export const { exampleOperations } = load<typeof ExamplesModule>('server/examples');
