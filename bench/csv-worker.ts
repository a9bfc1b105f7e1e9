import { parentPort, Worker, workerData } from 'node:worker_threads';
import { generate } from './generate';
import { type BulkFiles, writeBulkCsv } from './service';

/** What one writer thread is asked: its share of the generated graph, into a folder of its own. */
interface Share {
  dir: string;
  size: number;
  seed: number;
  shard: number;
  shards: number;
}

/**
 * The generated graph written as the importer's CSV files by `shards` threads side by side, each
 * every `shards`-th entity of each kind into its own folder. Writing is the one phase of a bulk load
 * that runs in this process, one core busy: at 1M nodes it took 64 s of 183 (2026-11-29).
 */
export function writeGeneratedCsv(
  dir: string,
  size: number,
  seed: number,
  shards: number,
): Promise<BulkFiles[]> {
  return Promise.all(
    Array.from({ length: shards }, (_, shard) => {
      const share: Share = { dir: `${dir}/part-${shard}`, size, seed, shard, shards };
      return new Promise<BulkFiles>((resolve, reject) => {
        const worker = new Worker(__filename, { workerData: share });
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.once(
          'exit',
          (code) => code !== 0 && reject(new Error(`CSV writer ${shard} exited with ${code}`)),
        );
      });
    }),
  );
}

// In a writer thread: write the share, send back what was written.
if (parentPort && workerData) {
  const { dir, size, seed, shard, shards } = workerData as Share;
  void writeBulkCsv(dir, async (writer) => {
    await writer.writeNodes(generate(size, seed, 'nodes', shard, shards));
    await writer.writeRelationships(generate(size, seed, 'relationships', shard, shards));
  }).then((files) => parentPort?.postMessage(files));
}
