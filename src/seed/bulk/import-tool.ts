import { spawn } from 'node:child_process';
import path from 'node:path';
import type { LocalNeo4jPaths } from '../../db/local-neo4j/paths';
import { ARRAY_DELIMITER_OPTION } from './columns';
import type { BulkFiles } from './csv-writer';

export interface ImportOptions {
  database: string;
  /** JVM heap of the tool (-Xmx); its caches live off-heap, bounded by offHeap. */
  heap: string;
  offHeap: string;
  /** The java command (Config['local'].java: JAVA_HOME's, or the PATH's). */
  java: string;
  log: (line: string) => void;
}

export interface ImportReport {
  ms: number;
  /** The importer's own phases as it reports them, e.g. "Node import COMPLETED in 1s 245ms". */
  phases: string[];
}

/**
 * The arguments of `neo4j-admin database import full` for the written files: one `--nodes` per label
 * (with :Node), one `--relationships` per type, nothing tolerated (`--bad-tolerance=0`: a bad row
 * fails the import instead of being skipped), and the multi-line parser only for the files that need it.
 * `--overwrite-destination`: the caller has made sure the database is empty or absent.
 */
export function importArguments(files: BulkFiles, database: string, offHeap: string): string[] {
  return [
    'database',
    'import',
    'full',
    database,
    '--overwrite-destination=true',
    '--bad-tolerance=0',
    `--array-delimiter=${ARRAY_DELIMITER_OPTION}`,
    `--max-off-heap-memory=${offHeap}`,
    `--report-file=${path.join(files.dir, 'import.report')}`,
    ...(files.multiline.length
      ? [`--multiline-fields=${files.multiline.join(',')}`, '--multiline-fields-format=v2']
      : []),
    ...files.nodes.map(({ label, file }) => `--nodes=Node:${label}=${file}`),
    ...files.relationships.map(({ type, file }) => `--relationships=${type}=${file}`),
  ];
}

/** Its output, less the rows of dots between the quarter marks. */
const worthShowing = (line: string) =>
  line.trim() !== '' && (!/^[-.\s]+\d+%/.test(line) || / (25|50|75|100)% /.test(line));

/**
 * Runs Neo4j's own importer, the neo4j-admin of the jars the project resolves (org.neo4j.cli.AdminTool
 * with neo4j-import-tool), against a stopped local instance's configuration and data folder.
 */
export async function runImportTool(
  paths: LocalNeo4jPaths,
  files: BulkFiles,
  options: ImportOptions,
): Promise<ImportReport> {
  const started = Date.now();
  const args = [
    `-Xmx${options.heap}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-cp',
    path.join(paths.lib, '*'),
    'org.neo4j.cli.AdminTool',
    ...importArguments(files, options.database, options.offHeap),
  ];
  const phases: string[] = [];
  const tail: string[] = [];
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(options.java, args, {
      env: { ...process.env, NEO4J_HOME: paths.instance, NEO4J_CONF: paths.conf },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let pending = '';
    const onData = (data: Buffer) => {
      const lines = (pending + data.toString('utf8')).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        tail.push(line);
        if (tail.length > 30) tail.shift();
        if (/COMPLETED in|IMPORT DONE|Peak memory/.test(line)) phases.push(line.trim());
        if (worthShowing(line)) options.log(`  import: ${line.trimEnd()}`);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (error) => reject(new Error(`could not run java: ${error.message}`)));
    child.on('exit', (status) => resolve(status ?? 1));
  });
  if (code !== 0) {
    throw new Error(
      `neo4j-admin database import exited ${code}; see ${path.join(files.dir, 'import.report')}:\n${tail.join('\n')}`,
    );
  }
  return { ms: Date.now() - started, phases };
}
