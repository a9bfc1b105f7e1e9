import 'reflect-metadata';
import path from 'node:path';
import { loadConfig } from '../config/config';
import { openDatabase } from '../db/open-database';
import { SEEDS_DIR, seedDatabase } from '../seed/seed';
import { readAndValidateSeeds } from '../seed/validate';
import { formatProblem } from '../seed/problems';
import { createLogger } from '../server/logger';
import { runCli } from './run-cli';

const USAGE = `usage: npm run seed [-- --check] [--dir <seeds folder>]
  --check   validate the seed files only; write nothing, start no database`;

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

  const config = loadConfig();
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
