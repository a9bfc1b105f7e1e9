import 'reflect-metadata';
import path from 'node:path';
import { loadConfig } from '../config/config';
import { openDatabase } from '../db/open-database';
import { SEEDS_DIR, seedDatabase } from '../seed/seed';
import { readAndValidateSeeds } from '../seed/validate';
import { formatProblem } from '../seed/problems';
import { createLogger } from '../server/logger';
import { LocalNeo4j } from '../db/local-neo4j/local-neo4j';
import { isNewLocalInstance } from '../seed/bulk/seed-bulk';
import { bulkIntoLocal, finishOwnImport, writeCsvForOwnServer } from './seed-bulk';
import { runCli } from './run-cli';

const USAGE = `usage: npm run seed [-- --check] [--bulk] [--csv <folder>] [--after-import] [--dir <seeds folder>]
  --check          validate the seed files only; write nothing, start no database
  --bulk           load through neo4j-admin database import into the local Neo4j when its database is
                   empty (it is stopped for the import); a non-empty one is MERGEd as without --bulk.
                   Chosen on its own when the local instance has never started.
  --csv <folder>   write the importer's CSV files (and the neo4j-admin command) for a server of your own
  --after-import   on NEO4J_URI after importing those files: apply the schema (constraints, indexes,
                   full-text) and wait until every index is online (see docs/bulk-load.md)`;

/** `npm run seed`: validate seeds/, then load them (into NEO4J_URI, or the local Neo4j). */
runCli(async () => {
  const args = process.argv.slice(2);
  if (args.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  const dirAt = args.indexOf('--dir');
  const dir = dirAt >= 0 ? path.resolve(args[dirAt + 1] ?? '') : SEEDS_DIR;

  const { seeds, problems } = readAndValidateSeeds(dir);
  if (problems.length > 0) {
    console.error(`The seeds in ${dir} are invalid; nothing was written:`);
    for (const problem of problems) console.error(`  - ${formatProblem(problem)}`);
    return 1;
  }
  console.log(
    `Seeds valid: ${seeds.documents.length} documents, ${seeds.nodes.length} nodes, ${seeds.relationships.length} relationships`,
  );
  if (args.includes('--check')) return 0;
  const valueOf = (flag: string) =>
    args.includes(flag) ? path.resolve(args[args.indexOf(flag) + 1] ?? '') : null;
  const csvDir = valueOf('--csv');
  if (csvDir) return writeCsvForOwnServer(dir, csvDir);

  const config = loadConfig();
  if (args.includes('--after-import')) return finishOwnImport(config);
  const local = new LocalNeo4j(config);
  if (!config.neo4j.uri && (args.includes('--bulk') || (await isNewLocalInstance(config, local)))) {
    const code = await bulkIntoLocal(config, local, dir);
    if (code !== null) return code;
  }
  const opened = await openDatabase(config, createLogger({ ...config, logLevel: 'warn' }));
  try {
    let lastPercent = -1;
    const report = await seedDatabase(opened.database, {
      dir,
      onProgress: (done, total, phase) => {
        const percent = Math.floor((done / total) * 100);
        if (percent !== lastPercent) process.stdout.write(`\r  ${phase}: ${done}/${total} (${percent}%)   `);
        lastPercent = percent;
      },
    });
    process.stdout.write('\n');
    console.log(
      `Loaded ${report.nodes} nodes and ${report.relationships} relationships in ${report.batches} batches ` +
        `(${report.ms} ms); pruned ${report.prunedNodes} nodes and ${report.prunedRelationships} relationships no longer in the seeds.`,
    );
  } finally {
    await opened.database.close();
    await opened.startedLocal?.stop();
  }
  return 0;
});
