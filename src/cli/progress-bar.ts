import { Presets, SingleBar } from 'cli-progress';
import type { Progress } from '../analytics/analytics.service';

/**
 * How `npm run analyse` shows a long run on stderr (results go to stdout): a step that counts (rows
 * read, sources sampled) as a progress bar when stderr is a terminal, each other step as a line. Off
 * a terminal (a log, CI) a counting step prints its first line only, not a line per chunk.
 */
export function progressReporter(quiet: boolean): { progress: Progress; stop: () => void } {
  if (quiet) return { progress: () => undefined, stop: () => undefined };
  let bar: SingleBar | undefined;
  let barLabel = '';
  let lastLine = '';
  const stopBar = () => {
    bar?.stop();
    bar = undefined;
    barLabel = '';
  };
  const progress: Progress = (message, done, total) => {
    if (done === undefined || total === undefined) {
      stopBar();
      console.error(`… ${message}`);
      lastLine = message;
      return;
    }
    if (!process.stderr.isTTY) {
      if (lastLine !== message) console.error(`… ${message} (of ${total})`);
      lastLine = message;
      return;
    }
    if (barLabel !== message) {
      stopBar();
      barLabel = message;
      bar = new SingleBar(
        { format: `… ${message} [{bar}] {percentage}% | {value}/{total}`, stream: process.stderr },
        Presets.shades_classic,
      );
      bar.start(Math.max(total, done), done);
    } else {
      bar?.setTotal(Math.max(total, done));
      bar?.update(done);
    }
  };
  return { progress, stop: stopBar };
}
