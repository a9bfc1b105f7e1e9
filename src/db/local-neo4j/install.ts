import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { LocalNeo4jPaths } from './paths';

function pomHash(pom: string): string {
  return createHash('sha256').update(fs.readFileSync(pom)).digest('hex');
}

export function isInstalled(paths: LocalNeo4jPaths): boolean {
  return fs.existsSync(paths.libStamp) && fs.readFileSync(paths.libStamp, 'utf8') === pomHash(paths.pom);
}

/**
 * Resolves the Neo4j Community server jars from Maven Central into `<home>/lib`. Maven's own
 * download lines are the progress; later runs reuse ~/.m2 and skip entirely while the pom is unchanged.
 */
export async function installNeo4j(paths: LocalNeo4jPaths, log: (line: string) => void): Promise<void> {
  if (isInstalled(paths)) return;
  log(`Resolving Neo4j Community jars with Maven (first run downloads about 125 MB into ~/.m2) …`);
  fs.rmSync(paths.lib, { recursive: true, force: true });
  fs.mkdirSync(paths.lib, { recursive: true });
  const args = [
    '-B',
    '-f',
    paths.pom,
    'dependency:copy-dependencies',
    '-DincludeScope=runtime',
    `-DoutputDirectory=${paths.lib}`,
  ];
  const code = await new Promise<number>((resolve, reject) => {
    const mvn = spawn('mvn', args, { stdio: ['ignore', 'inherit', 'inherit'] });
    mvn.on('error', (err) => reject(new Error(`could not run Maven (mvn): ${err.message}`)));
    mvn.on('exit', (status) => resolve(status ?? 1));
  });
  if (code !== 0) throw new Error(`Maven could not resolve the Neo4j jars (mvn exited ${code}); see above`);
  fs.writeFileSync(paths.libStamp, pomHash(paths.pom));
  log(`Neo4j jars ready in ${paths.lib}`);
}
