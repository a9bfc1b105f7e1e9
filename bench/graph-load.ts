import os from 'node:os';
import { writeGeneratedCsv } from './csv-worker';
import { generate } from './generate';
import type { SizeResult } from './report';
import {
  applyConstraints,
  buildLoadPlan,
  bulkLoad,
  type Config,
  type Database,
  DatabaseClass,
  finishLoad,
  type LocalNeo4j,
  loadPlan,
  mergeBulkFiles,
  type NodeRow,
  readAndValidateSeeds,
  type RelationshipRow,
  SEEDS_DIR,
  writeBulkCsv,
} from './service';

export type LoadPath = 'bulk' | 'transactional';

/**
 * The curated corpus (206 nodes) rides along with every synthetic graph, so that the examples in
 * examples/ (Delft, Meppel, the 2017 edition) run as written: the `walkthrough` operation and the
 * examples' round trips.
 */
function corpus() {
  const { seeds, problems } = readAndValidateSeeds(SEEDS_DIR);
  if (problems.length) throw new Error(`the seeds are invalid: ${problems.length} problems`);
  return buildLoadPlan(seeds);
}

function* chunks<T>(rows: Iterable<T>, size: number): Generator<T[]> {
  let chunk: T[] = [];
  for (const row of rows) {
    chunk.push(row);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}

/** What the database holds once loaded, from the count store. */
async function stored(database: Database) {
  const count = async (cypher: string) =>
    (await database.driver.executeQuery(cypher)).records[0].get(0).toNumber() as number;
  return {
    nodes: await count('MATCH (n) RETURN count(n)'),
    relationships: await count('MATCH ()-[r]->() RETURN count(r)'),
  };
}

/**
 * Through neo4j-admin database import (src/seed/bulk), the generator streamed straight into the CSV
 * writers (one thread per core): the whole time counts, generating included, up to every index online.
 */
export async function loadBulk(
  config: Config,
  local: LocalNeo4j,
  size: number,
  seed: number,
  log: (line: string) => void,
): Promise<{ database: Database; load: SizeResult['load'] }> {
  const plan = corpus();
  const { database, report } = await bulkLoad(
    config,
    local,
    async (dir) => {
      const corpusFiles = await writeBulkCsv(`${dir}/corpus`, async (writer) => {
        await writer.writeNodes(plan.nodes);
        await writer.writeRelationships(plan.relationships);
      });
      // The generated graph by one writer thread per core (bench/csv-worker.ts).
      const generated = await writeGeneratedCsv(dir, size, seed, Math.max(1, os.availableParallelism()));
      return mergeBulkFiles(dir, [corpusFiles, ...generated]);
    },
    log,
  );
  const entities = report.nodes + report.relationships;
  log(
    `  loaded ${entities} entities in ${(report.ms / 1000).toFixed(1)} s: CSV ${report.csvMs} ms, ` +
      `import ${report.importMs} ms, start ${report.startMs} ms, schema ${report.schemaMs} ms`,
  );
  return {
    database,
    load: {
      path: 'bulk',
      nodes: report.nodes,
      relationships: report.relationships,
      seconds: report.ms / 1000,
      entitiesPerSecond: Math.round((entities / report.ms) * 1000),
      phases: {
        csv: report.csvMs / 1000,
        import: report.importMs / 1000,
        start: report.startMs / 1000,
        schema: report.schemaMs / 1000,
      },
      importer: report.phases,
      stored: await stored(database),
    },
  };
}

/**
 * Through the transactional loader, as `npm run seed` loads a server of one's own: the constraints,
 * batched CREATE (100k generated rows at a time), then the other indexes built from the data.
 * Times the loader only, not the generator.
 */
export async function loadTransactional(
  config: Config,
  local: LocalNeo4j,
  size: number,
  seed: number,
  batchSize: number,
  log: (line: string) => void,
): Promise<{ database: Database; load: SizeResult['load'] }> {
  const started = await local.start();
  const database = DatabaseClass.connect(config.neo4j, started);
  let ms = 0;
  const timed = async <T>(work: () => Promise<T>): Promise<T> => {
    const t0 = Date.now();
    try {
      return await work();
    } finally {
      ms += Date.now() - t0;
    }
  };
  await timed(() => applyConstraints(database));
  let nodes = 0;
  let relationships = 0;
  const write = async (plan: { nodes: NodeRow[]; relationships: RelationshipRow[] }) => {
    // The database was emptied and the chunks are disjoint: every chunk is fresh.
    const report = await timed(() =>
      loadPlan(database, plan, { batchSize, prune: false, fresh: true, finish: false }),
    );
    nodes += report.nodes;
    relationships += report.relationships;
    log(`  loading: ${nodes + relationships} rows, ${Math.round(((nodes + relationships) / ms) * 1000)}/s`);
  };
  const plan = corpus();
  await write({ nodes: plan.nodes, relationships: [] });
  for (const chunk of chunks(generate(size, seed, 'nodes'), 100_000))
    await write({ nodes: chunk, relationships: [] });
  await write({ nodes: [], relationships: plan.relationships });
  for (const chunk of chunks(generate(size, seed, 'relationships'), 100_000))
    await write({ nodes: [], relationships: chunk });
  await timed(() => finishLoad(database));
  log(`  loaded ${nodes} nodes and ${relationships} relationships in ${(ms / 1000).toFixed(1)} s`);
  return {
    database,
    load: {
      path: 'transactional',
      nodes,
      relationships,
      seconds: ms / 1000,
      entitiesPerSecond: Math.round(((nodes + relationships) / ms) * 1000),
      batchSize,
      stored: await stored(database),
    },
  };
}
