import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

/** A `stat` file of /proc after the command name (which may hold spaces and parentheses), or undefined. */
function procStatFields(file: string): string[] | undefined {
  try {
    const stat = fs.readFileSync(file, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/** The state letter of each thread of a process (Linux), or undefined without /proc. */
function threadStates(pid: number): string[] | undefined {
  let threads: string[];
  try {
    threads = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return fs.existsSync('/proc/self') ? [] : undefined;
  }
  return threads.map((tid) => procStatFields(`/proc/${pid}/task/${tid}/stat`)?.[0] ?? 'X');
}

/** One column of `ps` for a process (where there is no /proc), or undefined when it is gone. */
function psColumn(pid: number, column: string): string | undefined {
  const ps = spawnSync('ps', ['-o', `${column}=`, '-p', String(pid)], { encoding: 'utf8' });
  return ps.status === 0 && ps.stdout.trim() !== '' ? ps.stdout.trim() : undefined;
}

/**
 * Whether a process is running. Signal 0 alone is not enough: a process that exited but was not
 * reaped (a zombie) still answers it, and an orphaned JVM's zombie stays until init reaps it — some
 * container inits never do. A zombie holds no memory and no port, so it counts as gone; but only
 * once every thread has exited: a JVM's main thread is a zombie while its other threads still hold
 * the Bolt port.
 */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists, but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const states = threadStates(pid);
  if (states) return states.some((state) => state !== 'Z' && state !== 'X');
  return !(psColumn(pid, 'stat') ?? '').startsWith('Z');
}

/**
 * When a process started (Linux: clock ticks since boot; elsewhere as `ps` prints it), so that a
 * pid reused by a later process is not taken for the one recorded. Undefined when it is gone.
 */
export function startTimeOf(pid: number): string | undefined {
  const fields = procStatFields(`/proc/${pid}/stat`);
  // Field 22 of stat, counted from the pid: the 20th after the command name.
  return fields ? fields[19] : psColumn(pid, 'lstart');
}

/** A process's command line, its arguments joined by spaces; undefined when it is gone or a zombie. */
export function commandLineOf(pid: number): string | undefined {
  try {
    const args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    return args.length > 0 ? args.join(' ') : undefined;
  } catch {
    return psColumn(pid, 'args');
  }
}
