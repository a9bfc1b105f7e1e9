import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config/config';
import type { Database } from '../../src/db/database';
import { LocalNeo4j } from '../../src/db/local-neo4j/local-neo4j';
import { SeedValidationError } from '../../src/seed/problems';
import { SEEDS_DIR } from '../../src/seed/seed';
import { bulkSeed, isNewLocalInstance } from '../../src/seed/bulk/seed-bulk';
import { connectTestDatabase } from '../support/database';
import { TEST_BOLT_PORT, TEST_INSTANCE, testConfig } from '../support/test-config';
import { cypher, graphFingerprint } from '../support/graph-snapshot';

/** A second local instance of its own (the run's port + 1), loaded through neo4j-admin. */
const config = testConfig({
  NEO4J_INSTANCE: `${TEST_INSTANCE}-bulk`,
  NEO4J_BOLT_PORT: String(TEST_BOLT_PORT + 1),
});

const SCHEMA = `SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, state
  WHERE type <> 'LOOKUP' RETURN name, type, entityType, labelsOrTypes, properties, state ORDER BY name`;

describe('the bulk path: neo4j-admin database import into a new local instance', () => {
  const local = new LocalNeo4j(config, () => undefined);
  let transactional: Database;
  let imported: Database | undefined;

  beforeAll(async () => {
    transactional = connectTestDatabase();
    await local.stop();
    fs.rmSync(local.paths.instance, { recursive: true, force: true });
  });
  afterAll(async () => {
    await imported?.close();
    await local.stop();
    fs.rmSync(local.paths.instance, { recursive: true, force: true });
    await transactional.close();
  });

  it('writes nothing, not even its CSV files, when a seed file fails validation', async () => {
    const broken = fs.mkdtempSync(path.join(os.tmpdir(), 'gouden-bulk-'));
    fs.cpSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'seeds-minimal'), broken, { recursive: true });
    const file = path.join(broken, 'graph', 'nodes', 'municipality.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/id: municipality:/, 'id: Municipality:'));
    try {
      expect(await isNewLocalInstance(config, local)).toBe(true);
      await expect(bulkSeed(config, local, broken, () => undefined)).rejects.toThrow(SeedValidationError);
      expect(fs.existsSync(path.join(local.paths.instance, 'import'))).toBe(false);
      expect(local.hasStore()).toBe(false);
    } finally {
      fs.rmSync(broken, { recursive: true, force: true });
    }
  });

  it('imports the corpus into exactly the graph the transactional loader wrote: every node, relationship, property and type', async () => {
    const lines: string[] = [];
    const { database, report } = await bulkSeed(config, local, SEEDS_DIR, (line) => lines.push(line));
    imported = database;
    expect(report.nodes).toBeGreaterThan(200);
    // Progress was shown: the importer's phases, as it reported them.
    expect(report.phases.some((phase) => /IMPORT DONE/.test(phase))).toBe(true);
    expect(lines.some((line) => /Node import COMPLETED/.test(line))).toBe(true);

    const expected = await graphFingerprint(transactional);
    const actual = await graphFingerprint(database);
    expect(actual.nodes).toHaveLength(report.nodes);
    expect(actual.relationships).toHaveLength(report.relationships);
    expect(actual).toEqual(expected);
    // Neither loader stores a list that says nothing (model/stored.ts): no empty list, and reasons
    // only where a piece has one, typed as the transactional loader types them.
    const all = [...actual.nodes, ...actual.relationships].join('\n');
    expect(all).not.toContain('LIST<NOTHING>');
    expect(all).toContain('evidenceReasons LIST<STRING NOT NULL> NOT NULL');
    expect(all).not.toContain('"evidenceReasons":[""]');
    // Two JVM starts, an import and an index build: minutes on a busy 2-core machine.
  }, 300_000);

  it('ends with the same schema as the transactional load, every index online, search answering', async () => {
    expect(imported).toBeDefined();
    const schema = await cypher(imported!, SCHEMA);
    expect(schema).toEqual(await cypher(transactional, SCHEMA));
    expect(schema.every((index) => index.state === 'ONLINE')).toBe(true);
    const hits = await cypher(
      imported!,
      "CALL db.index.fulltext.queryNodes('search', 'jeugdhulp') YIELD node RETURN node.id AS id",
    );
    expect(hits.map((hit) => hit.id)).toContain('theme:jeugdhulp');
  });
});
