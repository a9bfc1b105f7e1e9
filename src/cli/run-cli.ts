import { ConfigError } from '../config/config';

/** Runs a command-line entry point: a failure is one clear line (or a list for config), never a stack. */
export function runCli(main: () => Promise<void | number>): void {
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
