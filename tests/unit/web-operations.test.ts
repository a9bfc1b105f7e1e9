import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config/config';

const GENERATED = 'web/src/generated/graphql.ts';

describe('the explorer operations (web/src/**/*.graphql)', () => {
  it(`are valid against schema.graphql and typed in ${GENERATED} (regenerate with \`npm run web:codegen\`)`, () => {
    // GraphQL Code Generator's own dry run (--check): it validates every operation against
    // schema.graphql, generates, and exits 1 when the checked-in file differs. It runs as a child
    // process because the CLI's dependencies are ES modules jest's CommonJS runtime cannot load.
    const cli = path.join(PROJECT_ROOT, 'node_modules/@graphql-codegen/cli/esm/bin.js');
    const run = spawnSync(process.execPath, [cli, '--config', 'web/codegen.ts', '--check'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', CI: 'true' },
    });
    if (run.status !== 0) {
      throw new Error(
        `${GENERATED} is stale or an operation is invalid: run \`npm run web:codegen\` and commit the result\n` +
          `${run.stdout}\n${run.stderr}`,
      );
    }
    expect(run.status).toBe(0);
  });
});
