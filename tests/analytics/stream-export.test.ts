import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ExportFile, exportStream } from '../../src/analytics/export';
import { FULL_PROJECTION, loadProjection } from '../../src/analytics/projection';
import { snapshotOf } from '../../src/analytics/snapshot';
import { streamCsvExport } from '../../src/analytics/stream-export';
import type { Database } from '../../src/db/database';
import { ANONYMOUS, type Viewer } from '../../src/model';
import { connectTestDatabase } from '../support/database';
import { testConfig } from '../support/test-config';

const RESEARCHER: Viewer = { subject: 'test', roles: new Set(['researcher']), seeRestricted: true };

/** The lines of a CSV file after its header, snapshot id (the last column) blanked, sorted. */
const rows = (file: string) =>
  fs
    .readFileSync(file, 'utf8')
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((line) => line.replace(/,[0-9a-f]{64}$/, ','))
    .sort();

describe('the streamed CSV export: for a graph past the analysis caps', () => {
  let database: Database;
  let dir: string;
  beforeAll(() => {
    database = connectTestDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gouden-stream-'));
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await database.close();
  });

  it.each([
    ['the public', ANONYMOUS],
    ['a researcher', RESEARCHER],
  ])('writes for %s the rows the CSV export writes, without a snapshot id', async (_who, viewer) => {
    const held = path.join(dir, `held-${viewer.seeRestricted}`);
    const streamed = path.join(dir, `streamed-${viewer.seeRestricted}`);
    fs.mkdirSync(held);
    const snapshot = snapshotOf(await loadProjection(database, viewer, FULL_PROJECTION));
    for (const file of [ExportFile.NODES_CSV, ExportFile.EDGES_CSV])
      await pipeline(exportStream(file, snapshot), fs.createWriteStream(path.join(held, file)));

    const result = await streamCsvExport(
      database,
      testConfig().neo4j.database,
      viewer,
      FULL_PROJECTION,
      streamed,
    );
    expect(result).toMatchObject({ nodes: snapshot.nodes.length, relationships: snapshot.edges.length });
    for (const file of ['nodes.csv', 'edges.csv']) {
      const expected = rows(path.join(held, file));
      expect(expected.length).toBeGreaterThan(100);
      expect(rows(path.join(streamed, file))).toEqual(expected);
      expect(fs.readFileSync(path.join(streamed, file), 'utf8').split('\n')[0]).toEqual(
        fs.readFileSync(path.join(held, file), 'utf8').split('\n')[0],
      );
    }
  });
});
