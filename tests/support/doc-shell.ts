import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { unanswered } from './answered';
import { notContained, outputDifferences, trailingClaim } from './doc-claims';
import type { ShellLine } from './doc-snippets';

/** Where the docs address the service `npm start` runs; the test's own address is put in instead. */
const THE_SERVICE = /(?:http:\/\/)?(?:127\.0\.0\.1|localhost):4000/g;

/** Runs one command line of a shell block (the service's address put in) and says what differs. */
export async function runShellLine(line: ShellLine, base: string, cwd: string) {
  const headers = path.join(cwd, '.headers');
  fs.rmSync(headers, { force: true });
  const command = line.command.replace(THE_SERVICE, base);
  // Not spawnSync: the service answers from this process's event loop. curl writes the response's
  // status line and headers where the test reads them.
  const run = await runBash(
    `set -o pipefail\ncurl() { command curl -D "${headers}" "$@"; }\n${command}`,
    cwd,
  );
  if (run.status !== 0) return [`exited ${run.status}: ${run.output}`.slice(0, 2000)];
  const stdout = run.stdout;
  const problems: string[] = [];
  const claim = trailingClaim(line.trailing);
  const statusLine = fs.existsSync(headers)
    ? /^HTTP\/[\d.]+ (\d{3})/m.exec(fs.readFileSync(headers, 'utf8'))
    : null;
  const status = statusLine ? Number(statusLine[1]) : undefined;
  const body = parseJson(stdout);
  if (statusLine && status !== (claim.status ?? status))
    problems.push(`status ${status}, the text says ${claim.status}`);
  if (statusLine && claim.status === undefined && status! >= 400)
    problems.push(`status ${status}, the text claims none`);
  if (claim.json !== undefined) problems.push(...notContained(claim.json, body));
  if (line.output.length > 0) problems.push(...outputDifferences(line.output, stdout));
  // A GraphQL request in a curl line: answered without errors unless the text shows them, each
  // field it selects answered somewhere.
  const query = /-d '(\{"query".*?\})'/.exec(line.command)?.[1];
  if (query && claim.status === undefined && body && typeof body === 'object') {
    const { data, errors } = body as { data?: unknown; errors?: unknown };
    if (errors) problems.push(`errors: ${JSON.stringify(errors)}`);
    problems.push(
      ...unanswered((JSON.parse(query) as { query: string }).query, data).map((p) => `${p}: nothing`),
    );
  }
  return problems;
}

function runBash(
  script: string,
  cwd: string,
): Promise<{ status: number | null; stdout: string; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', script], { cwd, timeout: 60_000 });
    const [out, err] = [[] as Buffer[], [] as Buffer[]];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('close', (status) => {
      const stdout = Buffer.concat(out).toString('utf8');
      resolve({ status, stdout, output: `${Buffer.concat(err).toString('utf8')}${stdout}` });
    });
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
