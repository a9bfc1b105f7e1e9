// Decorated model classes are reachable from the analyses' imports: their metadata needs this first.
import 'reflect-metadata';
import { parentPort, workerData } from 'node:worker_threads';
import { rankSimple } from '../centrality';
import { partitionSimple } from '../communities';
import { similarPairs, similarTo } from '../similarity';
import type { Topology } from '../topology';
import { multiGraphOf, simpleGraphOf } from '../topology-graphs';
import type { AnalysisTask, WorkerMessage } from './analysis-task';

/**
 * One analysis in a worker thread (run-in-worker.ts starts it): the graph is built from the
 * topology's columns and the maintained algorithm runs on it here, so the service's event loop keeps
 * answering other requests meanwhile, and a client that goes away or a deadline that passes ends the
 * work at once (the thread is terminated; graphology's algorithms cannot be interrupted otherwise).
 */
const { task, topology } = workerData as { task: AnalysisTask; topology: Topology };
const post = (message: WorkerMessage) => parentPort!.postMessage(message);

function timed<T>(label: string, work: () => T): T {
  const started = Date.now();
  post({ kind: 'progress', message: `${label} …` });
  const value = work();
  post({ kind: 'progress', message: `${label} (${Date.now() - started} ms)` });
  return value;
}

function run(): unknown {
  const built = `Built the graph: ${topology.ids.length} nodes, ${topology.sources.length} relationships`;
  switch (task.analysis) {
    case 'centrality': {
      const simple = timed(built, () => simpleGraphOf(topology));
      const ranked = timed(`Computed ${task.measure.toLowerCase()} centrality`, () =>
        rankSimple(simple, task.measure, {
          first: task.first,
          onSource: (done, total) => post({ kind: 'progress', message: 'Sampling sources', done, total }),
        }),
      );
      return ranked;
    }
    case 'communities': {
      const simple = timed(built, () => simpleGraphOf(topology));
      return timed('Ran Louvain', () => partitionSimple(simple, task.seed));
    }
    case 'similarity': {
      const graph = timed(built, () => multiGraphOf(topology));
      return timed('Compared municipalities', () =>
        task.id === null ? similarPairs(graph) : (similarTo(graph, task.id) ?? null),
      );
    }
  }
}

try {
  post({ kind: 'answer', answer: run() });
} catch (error) {
  post({ kind: 'error', message: (error as Error).stack ?? String(error) });
}
