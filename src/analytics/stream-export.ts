import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify';
import neo4j from 'neo4j-driver';
import type { Database } from '../db/database';
import { toNative } from '../db/convert';
import { queryRegistry, typedQueryName } from '../db/query-registry';
import type { EvidenceRecord } from '../graph/records/records';
import type { Viewer } from '../model';
import { DOCUMENTS_SEPARATOR, EDGE_COLUMNS, EVIDENCE_SEPARATOR, NODE_COLUMNS } from './export';
import { documentsOf } from './snapshot';
import type { ProjectionSpec } from './projection';

type Row = Record<string, unknown>;

const join = (values: unknown[]) =>
  values.map((v) => (v === null || v === undefined ? '' : String(v))).join(EVIDENCE_SEPARATOR);

/**
 * nodes.csv and edges.csv of a projection of any size, written as Neo4j streams the rows: nothing is
 * held but the row in hand, so a graph past the analysis caps (ANALYSIS_TOO_LARGE) still leaves for
 * an engine made for it. The same columns and values as the CSV export (`export.ts`), in the order
 * Neo4j finds them rather than by id and key, and with `snapshot_id` empty: the snapshot id hashes
 * the whole graph in canonical order, which is what this avoids holding.
 */
export async function streamCsvExport(
  database: Database,
  databaseName: string,
  viewer: Viewer,
  spec: ProjectionSpec,
  out: string,
  progress: (message: string) => void = () => undefined,
): Promise<{ nodes: number; relationships: number; files: string[] }> {
  const params = { labels: spec.kinds, types: spec.types, seeRestricted: viewer.seeRestricted };
  const write = async (name: string, file: string, columns: readonly string[], toRow: (row: Row) => Row) => {
    const session = database.driver.session({
      database: databaseName,
      defaultAccessMode: neo4j.session.READ,
    });
    const csv = stringify({
      header: true,
      columns: [...columns],
      record_delimiter: 'unix',
      cast: { boolean: (value: boolean) => (value ? 'true' : 'false') },
    });
    const target = fs.createWriteStream(path.join(out, file));
    csv.pipe(target);
    let count = 0;
    try {
      // Auto-commit and iterated: the driver pulls records in batches as they are consumed.
      for await (const record of session.run(queryRegistry().get(name).text, params)) {
        if (!csv.write(toRow(toNative(record.toObject()) as Row))) await once(csv, 'drain');
        if (++count % 100_000 === 0) progress(`  ${file}: ${count}`);
      }
    } finally {
      await session.close();
      csv.end();
      await once(target, 'finish');
    }
    progress(`  ${file}: ${count} rows`);
    return count;
  };
  fs.mkdirSync(out, { recursive: true });
  const nodes = await write('analytics/stream-nodes', 'nodes.csv', NODE_COLUMNS, (row) => ({
    id: row.id,
    name: row.name ?? row.id,
    kind: row.kind,
    organisation_type: row.organisationType,
    programme_kind: row.programmeKind,
    year: row.year,
    restricted: row.restricted,
    snapshot_id: '',
  }));
  const edgesQuery = typedQueryName('analytics/stream-edges', spec.types);
  const relationships = await write(edgesQuery, 'edges.csv', EDGE_COLUMNS, (row) => {
    const evidence = (row.evidence as EvidenceRecord[] | null) ?? [];
    const documents = documentsOf(evidence);
    return {
      source: row.source,
      target: row.target,
      key: row.key,
      type: row.type,
      document: join(evidence.map((e) => e.documentId)),
      excerpt: join(evidence.map((e) => e.excerpt)),
      inferred: evidence.length > 0 && evidence.every((e) => e.inferred),
      evidence_inferred: join(evidence.map((e) => e.inferred)),
      reason: join(evidence.map((e) => e.reason ?? '')),
      evidence_count: evidence.length,
      weight: documents.length,
      documents: documents.join(DOCUMENTS_SEPARATOR),
      year: row.year,
      title: row.title,
      context: row.context,
      restricted: row.restricted,
      snapshot_id: '',
    };
  });
  return { nodes, relationships, files: ['nodes.csv', 'edges.csv'].map((f) => path.join(out, f)) };
}
