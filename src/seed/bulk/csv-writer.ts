import fs from 'node:fs';
import path from 'node:path';
import type { NodeLabel, RelationshipType } from '../../model';
import type { NodeRow, RelationshipRow } from '../plan';
import { type ColumnType, NODE_IMPORT_COLUMNS, RELATIONSHIP_IMPORT_COLUMNS, cell, header } from './columns';

/** What the importer needs: one file per label and per type, and which files span lines. */
export interface BulkFiles {
  dir: string;
  nodes: { label: NodeLabel; file: string }[];
  relationships: { type: RelationshipType; file: string }[];
  /** Files with a value holding a line break: only those are read by the slower multi-line parser. */
  multiline: string[];
  nodeCount: number;
  relationshipCount: number;
}

/** Lines are gathered into chunks of about this size before a write: fewer, larger writes. */
const CHUNK_CHARS = 1 << 20;

class CsvFile {
  private stream: fs.WriteStream;
  private chunk: string[] = [];
  private chars = 0;
  multiline = false;

  constructor(
    readonly file: string,
    headerLine: string,
    /** The label or relationship type of every row. */
    readonly kind: string,
  ) {
    this.stream = fs.createWriteStream(file, { encoding: 'utf8' });
    this.chunk.push(headerLine, '\n');
  }

  async line(cells: string[]): Promise<void> {
    const text = cells.join(',');
    if (!this.multiline && /[\r\n]/.test(text)) this.multiline = true;
    this.chunk.push(text, '\n');
    this.chars += text.length + 1;
    if (this.chars >= CHUNK_CHARS) await this.flush();
  }

  private async flush(): Promise<void> {
    const text = this.chunk.join('');
    this.chunk = [];
    this.chars = 0;
    // Respect backpressure, so a million rows never wait in memory.
    if (!this.stream.write(text))
      await new Promise<void>((resolve) => this.stream.once('drain', () => resolve()));
  }

  async close(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve, reject) => {
      this.stream.once('error', reject);
      this.stream.end(resolve);
    });
  }
}

/**
 * Writes plan rows (or generated ones, in any number of calls) as the importer's CSV files in `dir`,
 * streaming: memory stays flat whatever the size. Nodes get `version` 1, `createdAt` (one instant
 * for the whole load, as one transaction's datetime() would be) and `createdBy` 'seed', as
 * seed/create-nodes gives them.
 */
export class BulkCsvWriter {
  private readonly nodeFiles = new Map<string, CsvFile>();
  private readonly relationshipFiles = new Map<string, CsvFile>();
  private readonly createdAt = new Date().toISOString();
  private nodeCount = 0;
  private relationshipCount = 0;

  constructor(readonly dir: string) {
    fs.mkdirSync(dir, { recursive: true });
  }

  private cells(on: string, props: Record<string, unknown>, columns: Record<string, ColumnType>): string[] {
    for (const key of Object.keys(props)) {
      if (!(key in columns)) throw new Error(`${on} property "${key}" has no column for the importer`);
    }
    return Object.entries(columns).map(([property, type]) => cell(props[property], type, property));
  }

  /**
   * `group` names a file set of its own (`nodes-Document-corpus.csv`): rows whose texts span lines
   * kept apart from millions that do not, so only the former go through the multi-line parser.
   */
  async writeNodes(rows: Iterable<NodeRow>, group = ''): Promise<void> {
    for (const row of rows) {
      const name = `${row.label}${group && `-${group}`}`;
      let file = this.nodeFiles.get(name);
      if (!file) {
        const columns =
          header(['id:ID'], NODE_IMPORT_COLUMNS) + ',version:long,createdAt:datetime,createdBy:string';
        file = new CsvFile(path.join(this.dir, `nodes-${name}.csv`), columns, row.label);
        this.nodeFiles.set(name, file);
      }
      const cells = this.cells('node', row.props, NODE_IMPORT_COLUMNS);
      await file.line([cell(row.id, 'string', 'id'), ...cells, '1', this.createdAt, '"seed"']);
      this.nodeCount++;
    }
  }

  async writeRelationships(rows: Iterable<RelationshipRow>, group = ''): Promise<void> {
    for (const row of rows) {
      const name = `${row.type}${group && `-${group}`}`;
      let file = this.relationshipFiles.get(name);
      if (!file) {
        const columns = header([':START_ID', ':END_ID', 'key:string'], RELATIONSHIP_IMPORT_COLUMNS);
        file = new CsvFile(path.join(this.dir, `relationships-${name}.csv`), columns, row.type);
        this.relationshipFiles.set(name, file);
      }
      const cells = this.cells('relationship', row.props, RELATIONSHIP_IMPORT_COLUMNS);
      const ends = [row.from, row.to, row.key].map((id) => cell(id, 'string', 'key'));
      await file.line([...ends, ...cells]);
      this.relationshipCount++;
    }
  }

  /** Closes every file. */
  async close(): Promise<BulkFiles> {
    const all = [...this.nodeFiles.values(), ...this.relationshipFiles.values()];
    await Promise.all(all.map((file) => file.close()));
    return {
      dir: this.dir,
      nodes: [...this.nodeFiles.values()].map((f) => ({ label: f.kind as NodeLabel, file: f.file })),
      relationships: [...this.relationshipFiles.values()].map((f) => ({
        type: f.kind as RelationshipType,
        file: f.file,
      })),
      multiline: all.filter((f) => f.multiline).map((f) => f.file),
      nodeCount: this.nodeCount,
      relationshipCount: this.relationshipCount,
    };
  }
}
