// Writes the bench generator's graph as the importer's CSV files, alone, to profile that phase of a
// bulk load (the generator and src/seed/bulk/csv-writer.ts):
//   npm run build && tsc -p bench
//   node --cpu-prof --cpu-prof-dir=bench/profile/out bench/profile/csv.mjs 100000 /tmp/csv
//   node bench/profile/top-frames.mjs bench/profile/out/*.cpuprofile
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const { writeBulkCsv } = require('../../dist/seed/bulk/bulk.js');
const { generate } = require('../../dist/bench/bench/generate.js');

const [size = '100000', dir = '/tmp/bench-csv'] = process.argv.slice(2);
const started = Date.now();
const files = await writeBulkCsv(dir, async (writer) => {
  await writer.writeNodes(generate(Number(size), 42, 'nodes'));
  await writer.writeRelationships(generate(Number(size), 42, 'relationships'));
});
const entities = files.nodeCount + files.relationshipCount;
console.log(
  `${entities} entities in ${Date.now() - started} ms (${Math.round((entities / (Date.now() - started)) * 1000)}/s)`,
);
