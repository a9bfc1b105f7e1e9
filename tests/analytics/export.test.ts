import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse as parseCsv } from 'csv-parse/sync';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { serviceSuite } from '../support/service-suite';
import { runningTestNeo4j } from '../support/test-config';
import { AUTH_ENV, TOKENS, bearer } from '../support/tokens';

const run = promisify(execFile);
const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(PROJECT_ROOT, 'dist', 'cli', 'analyse.js');

const FILES = ['graph.graphml', 'graph.gexf', 'nodes.csv', 'edges.csv', 'graph.json'] as const;
const RESTRICTED_WORDS = ['Grinsven', '0475', 'niet voor publicatie', 'communicatieadviseur'];

/** A relationship added for a test and removed after it: between two public organisations. */
const TEMP_KEY = 'org:kwadraad|PARTNERS_WITH|org:participe|analytics-export-test';

describe('graph exports', () => {
  const suite = serviceSuite(AUTH_ENV, { cleanUp: () => removeTemp() });
  let restrictedIds: string[];

  /** Cypher straight through the driver, to count and to change the graph independently of the code under test. */
  async function cypher(query: string, params: Record<string, unknown> = {}) {
    const session = suite.database.driver.session();
    try {
      return (await session.run(query, params)).records;
    } finally {
      await session.close();
    }
  }

  async function expectedCounts(seeRestricted: boolean) {
    const [nodes] = await cypher(
      'MATCH (n:Node) WHERE $see OR NOT coalesce(n.restricted, false) RETURN count(n) AS c',
      { see: seeRestricted },
    );
    const [edges] = await cypher(
      `MATCH (a:Node)-[r]->(b:Node)
       WHERE $see OR NOT (coalesce(r.restricted, false) OR coalesce(a.restricted, false) OR coalesce(b.restricted, false))
       RETURN count(r) AS c`,
      { see: seeRestricted },
    );
    return { nodes: nodes.get('c').toNumber() as number, edges: edges.get('c').toNumber() as number };
  }

  const get = (file: string, headers: Record<string, string> = {}) =>
    fetch(`${suite.service.base}/export/${file}`, { headers });

  async function snapshotIdOf(file: string, headers: Record<string, string> = {}) {
    const res = await get(file, headers);
    expect(res.status).toBe(200);
    await res.text();
    return res.headers.get('x-snapshot-id')!;
  }

  async function removeTemp() {
    await cypher('MATCH ()-[r {key: $key}]->() DELETE r', { key: TEMP_KEY });
  }

  beforeAll(async () => {
    restrictedIds = (
      await cypher(
        `MATCH (n:Node) WHERE n.restricted RETURN n.id AS id
         UNION MATCH ()-[r]->() WHERE r.restricted RETURN r.key AS id`,
      )
    ).map((r) => r.get('id') as string);
  });

  it('streams GraphML that parses as GraphML with the counts of the database', async () => {
    const res = await get('graph.graphml');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/graphml\+xml/);
    expect(res.headers.get('transfer-encoding')).toBe('chunked');
    const snapshotId = res.headers.get('x-snapshot-id')!;
    expect(snapshotId).toMatch(/^[0-9a-f]{64}$/);
    const xml = await res.text();
    const graph = parseGraphml(MultiDirectedGraph, xml);
    const expected = await expectedCounts(false);
    expect({ nodes: graph.order, edges: graph.size }).toEqual(expected);
    expect(graph.getAttribute('snapshot_id')).toBe(snapshotId);
    expect(graph.getNodeAttributes('municipality:delft')).toMatchObject({
      name: 'Delft',
      kind: 'Municipality',
    });
    const nomination = graph.findEdge((_e, a) => a.key === 'municipality:delft|NOMINATED_BY|org:kwadraad');
    expect(nomination).toBeDefined();
    const attributes = graph.getEdgeAttributes(nomination!);
    expect(attributes).toMatchObject({ type: 'NOMINATED_BY', inferred: true });
    expect(String(attributes.evidence_documents)).toMatch(/^document:/);
    expect(String(attributes.evidence_excerpts)).toContain('Kwadraad');
  });

  it('streams CSV nodes and edges that load with a standard CSV parser with the same counts', async () => {
    const expected = await expectedCounts(false);
    const nodesRes = await get('nodes.csv');
    const edgesRes = await get('edges.csv');
    expect(nodesRes.headers.get('content-type')).toMatch(/^text\/csv/);
    const nodes = parseCsv(await nodesRes.text(), { columns: true }) as Record<string, string>[];
    const edges = parseCsv(await edgesRes.text(), { columns: true }) as Record<string, string>[];
    expect({ nodes: nodes.length, edges: edges.length }).toEqual(expected);
    expect(Object.keys(nodes[0]).slice(0, 3)).toEqual(['id', 'name', 'kind']);
    expect(Object.keys(edges[0]).slice(0, 7)).toEqual([
      'source',
      'target',
      'key',
      'type',
      'document',
      'excerpt',
      'inferred',
    ]);
    const ids = new Set(nodes.map((n) => n.id));
    expect(ids.size).toBe(nodes.length);
    expect(new Set(edges.map((e) => e.key)).size).toBe(edges.length);
    for (const edge of edges) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
      // Evidence is one row per relationship, several pieces joined item by item with " | ".
      const documents = edge.document.split(' | ');
      expect(documents.length).toBe(Number(edge.evidence_count));
      expect(edge.excerpt.split(' | ').length).toBe(documents.length);
      expect(['true', 'false']).toContain(edge.inferred);
    }
    const snapshotId = nodesRes.headers.get('x-snapshot-id');
    expect(new Set([...nodes, ...edges].map((row) => row.snapshot_id))).toEqual(new Set([snapshotId]));
  });

  it('streams JSON in node-link form with the same counts', async () => {
    const res = await get('graph.json');
    const json = (await res.json()) as { graph: { snapshot_id: string }; nodes: unknown[]; links: unknown[] };
    expect({ nodes: json.nodes.length, edges: json.links.length }).toEqual(await expectedCounts(false));
    expect(json.graph.snapshot_id).toBe(res.headers.get('x-snapshot-id'));
  });

  it('stamps every format of the same graph with the same, stable snapshot id; one edge changes it', async () => {
    const ids = await Promise.all(FILES.map((file) => snapshotIdOf(file)));
    expect(new Set(ids).size).toBe(1);
    const original = ids[0];
    expect(await snapshotIdOf('graph.graphml')).toBe(original);

    await cypher(
      `MATCH (a:Node {id: 'org:kwadraad'}), (b:Node {id: 'org:participe'})
       CREATE (a)-[:PARTNERS_WITH {
         key: $key, context: 'analytics-export-test', restricted: false,
         evidenceDocuments: ['document:003-addecf477dab56b0'], evidenceExcerpts: ['Kwadraad'],
         evidenceInferred: [true], evidenceReasons: ['a test'], evidenceRestricted: [false]
       }]->(b)`,
      { key: TEMP_KEY },
    );
    try {
      const changed = await snapshotIdOf('edges.csv');
      expect(changed).not.toBe(original);
      await cypher('MATCH ()-[r {key: $key}]->() SET r.evidenceExcerpts = [$excerpt]', {
        key: TEMP_KEY,
        excerpt: 'sociaalwerkorganisatie Kwadraad',
      });
      const edited = await snapshotIdOf('edges.csv');
      expect(edited).not.toBe(changed);
      expect(edited).not.toBe(original);
    } finally {
      await removeTemp();
    }
    expect(await snapshotIdOf('edges.csv')).toBe(original);
  });

  it('holds no restricted fact for the public, and holds them for a researcher', async () => {
    for (const file of FILES) {
      const publicText = (await (await get(file)).text()).toLowerCase();
      for (const needle of [...restrictedIds, ...RESTRICTED_WORDS]) {
        expect({ file, needle, found: publicText.includes(needle.toLowerCase()) }).toEqual({
          file,
          needle,
          found: false,
        });
      }
      const researcher = await get(file, bearer(TOKENS.researcher));
      expect(researcher.status).toBe(200);
      const researcherText = await researcher.text();
      expect(researcherText).toContain('Grinsven');
      expect(researcherText).toContain('person:bart-van-grinsven');
      // Phone numbers are in the excerpts of the restricted relationships (nodes.csv has no excerpts).
      if (file !== 'nodes.csv') expect(researcherText).toContain('0475');
    }
    const researcherNodes = parseCsv(await (await get('nodes.csv', bearer(TOKENS.researcher))).text(), {
      columns: true,
    });
    expect(researcherNodes.length).toBe((await expectedCounts(true)).nodes);
    expect(await snapshotIdOf('nodes.csv', bearer(TOKENS.researcher))).not.toBe(
      await snapshotIdOf('nodes.csv'),
    );
  });

  it('refuses a bad token with 401 and a bad parameter with 400, and narrows by kinds and types', async () => {
    const bad = await get('graph.json', { authorization: 'Bearer not-a-valid-token-at-all' });
    expect(bad.status).toBe(401);
    expect(bad.headers.get('www-authenticate')).toBe('Bearer');
    const body = (await bad.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const malformed = await get('graph.json', { authorization: 'Basic abc' });
    expect(malformed.status).toBe(401);

    const badKind = await fetch(`${suite.service.base}/export/nodes.csv?kinds=Municipality,Nope`);
    expect(badKind.status).toBe(400);
    expect(await badKind.text()).not.toContain('Nope');

    const narrowed = await fetch(
      `${suite.service.base}/export/graph.json?kinds=Municipality,Organisation&types=NOMINATED_BY`,
    );
    const json = (await narrowed.json()) as { nodes: { kind: string }[]; links: { type: string }[] };
    expect(new Set(json.nodes.map((n) => n.kind))).toEqual(new Set(['Municipality', 'Organisation']));
    expect(new Set(json.links.map((l) => l.type))).toEqual(new Set(['NOMINATED_BY']));
    expect(json.links.length).toBeGreaterThan(5);
  });

  it('names the graph an analysis ran on with the id an export of the same projection carries', async () => {
    const { body } = await suite.service.post<{
      centrality: { projection: { kinds: string[]; types: string[]; snapshotId: string } };
    }>('query { centrality(first: 1) { projection { kinds types snapshotId } } }');
    expect(body.errors).toBeUndefined();
    const { kinds, types, snapshotId } = body.data!.centrality.projection;
    const res = await get(`nodes.csv?kinds=${kinds.join(',')}&types=${types.join(',')}`);
    await res.text();
    expect(res.headers.get('x-snapshot-id')).toBe(snapshotId);
  });

  it('answers 304 to a client that already holds the snapshot', async () => {
    const first = await get('graph.json');
    await first.text();
    const etag = first.headers.get('etag')!;
    expect(etag).toContain(first.headers.get('x-snapshot-id')!);
    // Through node:http: fetch adds "Cache-Control: no-cache" to a conditional request, as the Fetch
    // standard says, and a server must then answer in full.
    const status = await new Promise<number | undefined>((resolve, reject) => {
      http
        .get(`${suite.service.base}/export/graph.json`, { headers: { 'if-none-match': etag } }, (res) => {
          res.resume();
          resolve(res.statusCode);
        })
        .on('error', reject);
    });
    expect(status).toBe(304);
  });

  describe('from the command line', () => {
    const env = () => ({
      ...process.env,
      NEO4J_URI: runningTestNeo4j().uri,
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: runningTestNeo4j().password,
      LOG_LEVEL: 'silent',
    });
    let out: string;
    beforeAll(() => {
      out = fs.mkdtempSync(path.join(os.tmpdir(), 'analyse-export-'));
    });
    afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

    it('writes the same files, with the same snapshot id, as the HTTP export', async () => {
      const { stdout, stderr } = await run('node', [CLI, 'export', '--format', 'all', '--out', out], {
        env: env(),
      });
      const httpId = await snapshotIdOf('graph.json');
      expect(stdout).toContain(httpId);
      expect(stderr).toMatch(/Loaded \d+ nodes and \d+ relationships/);
      expect(fs.readdirSync(out).sort()).toEqual([...FILES].sort());
      const httpGraphml = await (await get('graph.graphml')).text();
      expect(fs.readFileSync(path.join(out, 'graph.graphml'), 'utf8')).toBe(httpGraphml);

      const researcherOut = path.join(out, 'researcher');
      await run(
        'node',
        [CLI, 'export', '--format', 'csv', '--out', researcherOut, '--researcher', '--quiet'],
        {
          env: env(),
        },
      );
      expect(fs.readFileSync(path.join(researcherOut, 'edges.csv'), 'utf8')).toContain('Grinsven');
    });

    it('runs the analyses and prints one clear line on bad input', async () => {
      const { stdout } = await run('node', [CLI, 'centrality', '--measure', 'pagerank', '--quiet'], {
        env: env(),
      });
      expect(stdout).toMatch(/PAGERANK centrality over \d+ nodes/);
      const json = await run('node', [CLI, 'communities', '--seed', '42', '--json', '--quiet'], {
        env: env(),
      });
      expect((JSON.parse(json.stdout) as { seed: number; count: number }).seed).toBe(42);
      const similar = await run('node', [CLI, 'similarity', 'municipality:delft', '--quiet'], { env: env() });
      expect(similar.stdout).toContain('themes');
      const interlocks = await run(
        'node',
        [CLI, 'interlocks', 'municipality:delft', 'municipality:meppel', '--quiet'],
        {
          env: env(),
        },
      );
      expect(interlocks.stdout).toContain('Gouden Sociale Gemeenten 2017');

      await expect(
        run('node', [CLI, 'centrality', '--measure', 'closeness'], { env: env() }),
      ).rejects.toMatchObject({
        code: 2,
        stderr: expect.stringMatching(/^--measure must be degree, betweenness or pagerank \(usage: .*\)\n$/),
      });
      await expect(
        run('node', [CLI, 'similarity', 'municipality:atlantis', '--quiet'], { env: env() }),
      ).rejects.toMatchObject({
        code: 1,
        stderr: 'Error: No municipality with id "municipality:atlantis"\n',
      });
    });
  });
});
