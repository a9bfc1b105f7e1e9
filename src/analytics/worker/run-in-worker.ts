import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { PROJECT_ROOT } from '../../config/config';
import { ErrorCode, appError } from '../../db/errors';
import type { Topology } from '../topology';
import type { AnalysisTask, AnswerOf, WorkerMessage } from './analysis-task';

/**
 * The worker's compiled script. Run from dist/ it sits beside this file; run from the sources (the
 * tests, through ts-jest) it is the one `npm run build` wrote, since a worker thread runs JavaScript.
 */
function workerScript(): string {
  const beside = path.join(__dirname, 'analysis-worker.js');
  if (fs.existsSync(beside)) return beside;
  const built = path.join(PROJECT_ROOT, 'dist', 'analytics', 'worker', 'analysis-worker.js');
  if (!fs.existsSync(built)) throw new Error(`No ${built}: run npm run build first`);
  return built;
}

/** Heap of an analysis thread: a 1M-node projection's graphology graph and Louvain's index fit in it. */
const WORKER_HEAP_MB = 4096;
/**
 * Its young generation: building a graph allocates millions of small objects that all live on, and
 * with V8's default (16 MB) the profile showed a quarter of the build in scavenges copying them.
 */
const WORKER_YOUNG_MB = 128;

let running = 0;

/** How many analysis threads are alive now: 0 once every analysis finished, failed or was stopped. */
export function runningAnalyses(): number {
  return running;
}

export interface WorkerOptions {
  /** When the analysis must be done (epoch ms): past it the thread is ended and QUERY_TIMEOUT thrown. */
  deadline: number;
  timeoutMs: number;
  signal?: AbortSignal;
  progress?: (message: string, done?: number, total?: number) => void;
}

/** Runs `task` on `topology` in a worker thread of its own; ends the thread on abort or at the deadline. */
export function runInWorker<T extends AnalysisTask>(
  task: T,
  topology: Topology,
  options: WorkerOptions,
): Promise<AnswerOf<T>> {
  options.signal?.throwIfAborted();
  return new Promise<AnswerOf<T>>((resolve, reject) => {
    const worker = new Worker(workerScript(), {
      workerData: { task, topology },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
    });
    running++;
    worker.once('exit', () => running--);
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      outcome();
    };
    const onAbort = () => finish(() => reject(options.signal!.reason));
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(
            appError(
              ErrorCode.QUERY_TIMEOUT,
              `The analysis took longer than ${options.timeoutMs} ms (ANALYSIS_TIMEOUT_MS) and was stopped. ` +
                'Choose fewer kinds or types, or export the graph to a graph engine (docs/scaling.md).',
              { limitMs: options.timeoutMs },
            ),
          ),
        ),
      Math.max(0, options.deadline - Date.now()),
    );
    options.signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'progress') options.progress?.(message.message, message.done, message.total);
      else if (message.kind === 'answer') finish(() => resolve(message.answer as AnswerOf<T>));
      else finish(() => reject(new Error(`The analysis failed: ${message.message}`)));
    });
    worker.on('error', (error) => finish(() => reject(error)));
    worker.on('exit', (code) =>
      finish(() => reject(new Error(`The analysis thread stopped (exit code ${code})`))),
    );
  });
}
