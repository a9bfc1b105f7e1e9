/**
 * Snapshots, diffs, GEXF and weights against the real service over the test Neo4j: every export
 * records its snapshot with its content; `diff` of two exports around one curation write lists
 * exactly that write; the public cannot diff a researcher's snapshot; unknown ids are NOT_FOUND by
 * argument; the GEXF export reads in NetworkX (`read_gexf`, NetworkX ≥ 3.6 for GEXF 1.3: installed by
 * .ci/run) with the JSON export's counts, and every format carries weights.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse as parseCsv } from 'csv-parse/sync';
import { AS, DOC_002, EXCERPT_002, cypher, ok, refused } from '../support/curation';
import { serviceSuite } from '../support/service-suite';
import { AUTH_ENV } from '../support/tokens';

const run = promisify(execFile);

const DIFF = `query ($from: ID!, $to: ID, $first: Int) {
  diff(from: $from, to: $to, first: $first) {
    from { snapshotId recorded view nodeCount relationshipCount }
    to { snapshotId recorded view nodeCount relationshipCount }
    nodes { added { id kind fields } removed { id } changed { id fields } addedCount removedCount changedCount }
    relationships { added { key type from to } removed { key } changed { key fields } addedCount removedCount changedCount }
    evidence { added { relationshipKey documentId excerpt } removed { relationshipKey } changed { relationshipKey fields } }
    pagerank { node { id } fromRank toRank change }
    communities { kind }
    interlocksGainedCount interlocksLostCount
  } }`;
const CREATE_THEME = `mutation ($input: CreateThemeInput!) { createTheme(input: $input) { id } }`;
const THEME = 'theme:test-diff-export';
const DELFT = 'municipality:delft';
const DOC_003 = 'document:003-addecf477dab56b0';

interface ChangeSetOf<T> {
  added: T[];
  removed: T[];
  changed: T[];
  addedCount: number;
  removedCount: number;
  changedCount: number;
}

interface Diff {
  from: Record<string, unknown>;
  to: Record<string, unknown>;
  nodes: ChangeSetOf<Record<string, unknown>>;
  relationships: ChangeSetOf<{ key: string }>;
  evidence: ChangeSetOf<{ relationshipKey: string; documentId: string }>;
  pagerank: unknown[];
  communities: unknown[];
  interlocksGainedCount: number;
  interlocksLostCount: number;
}

interface Link {
  source: string;
  target: string;
  key: string;
  type: string;
  weight: number;
  documents: string[];
  start: string | null;
  start_source: string;
  evidence: { document: string }[];
}

describe('snapshots with their content, diff, GEXF and weights', () => {
  let snapshotsBefore: string[] = [];
  const suite = serviceSuite(AUTH_ENV, {
    // Snapshots are not part of the graph (graphFingerprint ignores them), but the ones this file
    // recorded go too: the database is left as it was found.
    cleanUp: async ({ database }) => {
      await cypher(database, 'MATCH (s:Snapshot) WHERE NOT s.id IN $keep DELETE s', {
        keep: snapshotsBefore,
      });
    },
    pristine: true,
  });

  beforeAll(async () => {
    snapshotsBefore = (await cypher(suite.database, 'MATCH (s:Snapshot) RETURN s.id AS id')).map(
      (row) => row.id as string,
    );
  });

  const get = (file: string, headers: Record<string, string> = {}) =>
    fetch(`${suite.service.base}/export/${file}`, { headers });

  async function exported(file: string, headers: Record<string, string> = {}) {
    const res = await get(file, headers);
    expect(res.status).toBe(200);
    return {
      id: res.headers.get('x-snapshot-id')!,
      body: await res.text(),
      type: res.headers.get('content-type'),
    };
  }

  it('records each export with its view and its content, once per id', async () => {
    const publicJson = await exported('graph.json');
    const again = await exported('edges.csv');
    expect(again.id).toBe(publicJson.id);
    const researcher = await exported('graph.json', AS.researcher);
    expect(researcher.id).not.toBe(publicJson.id);
    const rows = await cypher(
      suite.database,
      'MATCH (s:Snapshot) WHERE s.id IN $ids RETURN s.id AS id, s.view AS view, s.nodeCount AS nodes, size(s.content) AS bytes, s.contentFormat AS format',
      { ids: [publicJson.id, researcher.id] },
    );
    const byId = Object.fromEntries(rows.map((r) => [r.id as string, r]));
    expect(byId[publicJson.id]).toMatchObject({ view: 'public', format: 'gouden-netwerk/snapshot/2' });
    expect(byId[researcher.id]).toMatchObject({ view: 'restricted' });
    const json = JSON.parse(publicJson.body) as { nodes: unknown[] };
    expect(Number(byId[publicJson.id].nodes)).toBe(json.nodes.length);
    expect(Number(byId[publicJson.id].bytes)).toBeGreaterThan(1000);
  });

  it('diffs two exports around one curation write: exactly that write, nothing else', async () => {
    const before = await exported('graph.json', AS.editor);
    await ok(suite.service, CREATE_THEME, {
      input: { id: THEME, name: 'Test diff export', evidence: [{ document: DOC_002, excerpt: EXCERPT_002 }] },
    });
    const after = await exported('graph.json', AS.editor);
    expect(after.id).not.toBe(before.id);
    const written = (
      await cypher(
        suite.database,
        'MATCH (:Node)-[r]-(:Node {id: $id}) RETURN DISTINCT r.key AS key ORDER BY key',
        {
          id: THEME,
        },
      )
    ).map((r) => r.key as string);
    expect(written.length).toBeGreaterThan(0);

    const { diff } = await ok<{ diff: Diff }>(
      suite.service,
      DIFF,
      { from: before.id, to: after.id },
      AS.editor,
    );
    expect(diff.from).toMatchObject({ snapshotId: before.id, recorded: true, view: 'restricted' });
    expect(diff.to).toMatchObject({ snapshotId: after.id, recorded: true });
    expect(diff.nodes).toEqual({
      added: [{ id: THEME, kind: 'Theme', fields: [] }],
      removed: [],
      changed: [],
      addedCount: 1,
      removedCount: 0,
      changedCount: 0,
    });
    expect(diff.relationships.added.map((r: { key: string }) => r.key).sort()).toEqual(written);
    expect(diff.relationships).toMatchObject({ removed: [], changed: [], removedCount: 0, changedCount: 0 });
    expect(diff.evidence.added.length).toBeGreaterThan(0);
    expect(
      diff.evidence.added.every((e: { relationshipKey: string }) => written.includes(e.relationshipKey)),
    ).toBe(true);
    expect(diff.evidence.added.every((e: { documentId: string }) => e.documentId === DOC_002)).toBe(true);
    expect(diff.evidence).toMatchObject({ removed: [], changed: [] });
    // A theme is outside the partnership network: no analysis moved.
    expect(diff.pagerank).toEqual([]);
    expect(diff.communities).toEqual([]);
    expect([diff.interlocksGainedCount, diff.interlocksLostCount]).toEqual([0, 0]);

    // `to` omitted: the graph now, which is what `after` exported.
    const now = await ok<{ diff: Diff }>(suite.service, DIFF, { from: before.id }, AS.editor);
    expect(now.diff.to).toMatchObject({ snapshotId: after.id, recorded: false, view: 'restricted' });
    expect(now.diff.nodes).toEqual(diff.nodes);
    expect(now.diff.relationships).toEqual(diff.relationships);
  });

  it('lets the public diff public snapshots only, and names the argument of an unknown id', async () => {
    const publicJson = await exported('graph.json');
    const researcher = await exported('graph.json', AS.researcher);
    const own = await ok<{ diff: Diff }>(suite.service, DIFF, { from: publicJson.id }, AS.public);
    expect(own.diff.from.view).toBe('public');
    expect(own.diff.to.view).toBe('public');

    const forbidden = await refused(suite.service, DIFF, { from: researcher.id }, AS.public);
    expect(forbidden.code).toBe('FORBIDDEN');
    expect(forbidden.extensions.argumentName).toBe('from');
    expect(forbidden.message).not.toMatch(/Grinsven|0475/);
    const forbiddenTo = await refused(
      suite.service,
      DIFF,
      { from: publicJson.id, to: researcher.id },
      AS.public,
    );
    expect([forbiddenTo.code, forbiddenTo.extensions.argumentName]).toEqual(['FORBIDDEN', 'to']);
    // A researcher may diff both.
    await ok(suite.service, DIFF, { from: publicJson.id, to: researcher.id }, AS.researcher);

    const unknown = await refused(suite.service, DIFF, { from: '0'.repeat(64) }, AS.editor);
    expect([unknown.code, unknown.extensions.argumentName]).toEqual(['NOT_FOUND', 'from']);
    expect(unknown.message).toMatch(/^from:/);
    const unknownTo = await refused(suite.service, DIFF, { from: publicJson.id, to: 'not-an-id' }, AS.editor);
    expect([unknownTo.code, unknownTo.extensions.argumentName]).toEqual(['NOT_FOUND', 'to']);
  });

  it('refuses a diff of snapshots past the analysis caps, before reading them', async () => {
    const publicJson = await exported('graph.json');
    const saved = process.env.ANALYSIS_MAX_NODES;
    process.env.ANALYSIS_MAX_NODES = '5';
    try {
      const tooLarge = await refused(suite.service, DIFF, { from: publicJson.id }, AS.public);
      expect(tooLarge.code).toBe('ANALYSIS_TOO_LARGE');
    } finally {
      if (saved === undefined) delete process.env.ANALYSIS_MAX_NODES;
      else process.env.ANALYSIS_MAX_NODES = saved;
    }
  });

  it('carries weights and documents in JSON, CSV and GraphML', async () => {
    const json = JSON.parse((await exported('graph.json')).body) as { links: Link[] };
    for (const link of json.links) {
      expect(link.documents).toEqual([...new Set(link.evidence.map((e) => e.document))]);
      expect(link.weight).toBe(link.documents.length);
    }
    const delft = json.links.find((l) => l.source === DELFT && l.type === 'NOMINATED_BY')!;
    expect(delft).toMatchObject({
      weight: 1,
      documents: [DOC_003],
      start: '2017-03-12',
      start_source: 'document',
    });

    const csv = parseCsv((await exported('edges.csv')).body, { columns: true }) as Record<string, string>[];
    const row = csv.find((r) => r.key === delft.key)!;
    expect([row.weight, row.documents]).toEqual(['1', DOC_003]);
    expect(csv).toHaveLength(json.links.length);

    const graphml = (await exported('graph.graphml')).body;
    expect(graphml).toContain('attr.name="weight"');
    expect(graphml).toContain(`<data key="e_documents">${DOC_003}</data>`);
  });

  it('serves GEXF that NetworkX reads with the JSON export’s counts, time spans and weights', async () => {
    const json = await exported('graph.json');
    const gexf = await exported('graph.gexf');
    expect(gexf.type).toMatch(/^application\/xml/);
    expect(gexf.id).toBe(json.id);
    const { nodes, links } = JSON.parse(json.body) as { nodes: unknown[]; links: Link[] };
    const delft = links.find((l) => l.source === DELFT && l.type === 'NOMINATED_BY')!;

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gexf-'));
    const file = path.join(dir, 'graph.gexf');
    fs.writeFileSync(file, gexf.body);
    try {
      const script = [
        'import json, sys, networkx as nx',
        'g = nx.read_gexf(sys.argv[1])',
        'edge = [d for u, v, k, d in g.edges(keys=True, data=True) if k == sys.argv[2]]',
        'starts = [d.get("start") for _, d in g.nodes(data=True)]',
        'print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "multigraph": g.is_multigraph(),',
        '  "edge": edge[0] if edge else None, "undated": sum(s is None for s in starts),',
        '  "mode": g.graph.get("mode")}))',
      ].join('\n');
      const { stdout } = await run('python3', ['-c', script, file, delft.key]);
      const read = JSON.parse(stdout) as Record<string, unknown>;
      expect(read.nodes).toBe(nodes.length);
      expect(read.edges).toBe(links.length);
      expect(read.multigraph).toBe(true);
      expect(read.mode).toBe('dynamic');
      expect(read.undated).toBe(0);
      expect(read.edge).toMatchObject({
        weight: 1,
        start: '2017-03-12',
        startSource: 'document',
        documents: DOC_003,
        label: 'NOMINATED_BY',
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
