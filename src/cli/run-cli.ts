import { ConfigError } from '../config/config';

/**
 * Runs a command-line entry point: a failure is one clear line (or a list for config), never a stack.
 * With `usage`, `--help` prints it and exits 0 before anything else runs (no config is read, nothing
 * is started), so every command the docs show can be tried cheaply (tests/integration/docs.test.ts).
 */
export function runCli(main: () => Promise<void | number>, usage?: string): void {
  if (usage !== undefined && process.argv.slice(2).includes('--help')) {
    console.log(usage);
    return;
  }
  main()
    .then((code) => {
      if (typeof code === 'number') process.exitCode = code;
    })
    .catch((error: unknown) => {
      if (error instanceof ConfigError) console.error(error.message);
      else console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
      if (process.env.DEBUG_STACK) console.error(error);
      process.exitCode = 1;
    });
}
