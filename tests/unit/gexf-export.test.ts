import { execFileSync } from 'node:child_process';
import { text } from 'node:stream/consumers';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { edgesCsvStream, gexfStream, graphmlStream, jsonStream } from '../../src/analytics/export';
import { buildProjectionGraph } from '../../src/analytics/projection';
import { parseCanonical, snapshotOf } from '../../src/analytics/snapshot';

const piece = (documentId: string, excerpt: string) => ({
  documentId,
  excerpt,
  inferred: false,
  reason: null,
});

/** Three nodes, two relationships: one supported by two documents (one dated), one by an undated one. */
export function sampleRows() {
  const nodeRows = [
    {
      id: 'municipality:a',
      name: 'A & <Zee>',
      kind: 'Municipality',
      restricted: false,
      documents: ['document:dated'],
      recordedOn: '2026-01-02',
    },
    {
      id: 'org:b',
      name: 'B',
      kind: 'Organisation',
      organisationType: 'welzijn',
      restricted: false,
      documents: [],
      recordedOn: '2026-01-02',
    },
    {
      id: 'document:dated',
      name: 'Dated',
      kind: 'Document',
      restricted: false,
      documents: [],
      recordedOn: '2026-01-02',
    },
  ];
  const edgeRows = [
    {
      key: 'municipality:a|NOMINATED_BY|org:b',
      type: 'NOMINATED_BY',
      source: 'municipality:a',
      target: 'org:b',
      restricted: false,
      evidence: [
        piece('document:dated', 'one'),
        piece('document:undated', 'two'),
        piece('document:dated', 'three'),
      ],
      recordedOn: '2026-01-03',
    },
    {
      key: 'municipality:a|PARTNERS_WITH|org:b',
      type: 'PARTNERS_WITH',
      source: 'municipality:a',
      target: 'org:b',
      restricted: false,
      evidence: [{ ...piece('document:undated', 'four'), inferred: true, reason: 'a "reason" & <more>' }],
      recordedOn: '2026-01-04',
    },
  ];
  const dateRows = [{ id: 'document:dated', publishedOn: '2017-03-12' }];
  return { nodeRows, edgeRows, dateRows };
}

const sample = () => {
  const { nodeRows, edgeRows, dateRows } = sampleRows();
  return snapshotOf(buildProjectionGraph(nodeRows, edgeRows, dateRows));
};

describe('weights and time spans of a snapshot', () => {
  it('weighs a relationship by its distinct documents and dates it by the earliest dated one', () => {
    const snapshot = sample();
    const [nominated, partners] = snapshot.edges;
    expect(nominated).toMatchObject({
      weight: 2,
      documents: ['document:dated', 'document:undated'],
      documentStart: '2017-03-12',
    });
    expect(partners).toMatchObject({ weight: 1, documentStart: null, recordedOn: '2026-01-04' });
    // A document is dated by itself; a node by the documents of its evidence.
    expect(snapshot.nodes.find((n) => n.id === 'document:dated')!.documentStart).toBe('2017-03-12');
    expect(snapshot.nodes.find((n) => n.id === 'municipality:a')!.documentStart).toBe('2017-03-12');
    expect(snapshot.nodes.find((n) => n.id === 'org:b')!.documentStart).toBeNull();
  });

  it('parses back from its canonical serialisation to the same id and content', () => {
    const snapshot = sample();
    const parsed = parseCanonical(snapshot.canonical!);
    expect(parsed.snapshotId).toBe(snapshot.snapshotId);
    expect(parsed.edges.map((e) => [e.key, e.weight, e.documentStart])).toEqual(
      snapshot.edges.map((e) => [e.key, e.weight, e.documentStart]),
    );
    expect(() => parseCanonical(JSON.stringify(['gouden-netwerk/snapshot/1', [], []]))).toThrow(/format/);
  });

  it('does not name recording times in the id: a reseeded graph keeps it', () => {
    const { nodeRows, edgeRows, dateRows } = sampleRows();
    const later = buildProjectionGraph(
      nodeRows.map((r) => ({ ...r, recordedOn: '2027-01-01' })),
      edgeRows.map((r) => ({ ...r, recordedOn: '2027-01-01' })),
      dateRows,
    );
    expect(snapshotOf(later).snapshotId).toBe(sample().snapshotId);
    const redated = buildProjectionGraph(nodeRows, edgeRows, [
      { id: 'document:dated', publishedOn: '2018-01-01' },
    ]);
    expect(snapshotOf(redated).snapshotId).not.toBe(sample().snapshotId);
  });
});

describe('GEXF export', () => {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (name) => ['node', 'edge', 'attvalue', 'attributes', 'attribute'].includes(name),
  });

  it('writes well-formed dynamic GEXF 1.3 with start, startSource and weight', async () => {
    const snapshot = sample();
    const xml = await text(gexfStream(snapshot));
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parser.parse(xml);
    expect(doc.gexf.version).toBe('1.3');
    expect(doc.gexf.xmlns).toBe('http://gexf.net/1.3');
    expect(doc.gexf.meta.description).toBe(`snapshot ${snapshot.snapshotId}`);
    const graph = doc.gexf.graph;
    expect(graph).toMatchObject({ mode: 'dynamic', timeformat: 'date', defaultedgetype: 'directed' });
    expect(graph.nodes.node).toHaveLength(3);
    expect(graph.edges.edge).toHaveLength(2);
    const values = (item: { attvalues?: { attvalue: { for: string; value: string }[] } }) =>
      Object.fromEntries((item.attvalues?.attvalue ?? []).map((v) => [v.for, v.value]));
    const a = graph.nodes.node.find((n: { id: string }) => n.id === 'municipality:a');
    expect(a).toMatchObject({ label: 'A & <Zee>', start: '2017-03-12' });
    expect(values(a)).toMatchObject({ kind: 'Municipality', startSource: 'document' });
    const b = graph.nodes.node.find((n: { id: string }) => n.id === 'org:b');
    expect(b.start).toBe('2026-01-02');
    expect(values(b).startSource).toBe('recorded');
    const [nominated, partners] = graph.edges.edge;
    expect(nominated).toMatchObject({
      id: 'municipality:a|NOMINATED_BY|org:b',
      weight: '2',
      start: '2017-03-12',
      label: 'NOMINATED_BY',
    });
    expect(values(nominated)).toMatchObject({
      documents: 'document:dated;document:undated',
      startSource: 'document',
    });
    expect(partners).toMatchObject({ weight: '1', start: '2026-01-04' });
    expect(values(partners)).toMatchObject({ startSource: 'recorded', inferred: 'true' });
  });

  it('leaves out the start of an item with neither a dated document nor a recording time', async () => {
    const { nodeRows, edgeRows } = sampleRows();
    const graph = buildProjectionGraph(
      nodeRows.map((r) => ({ ...r, recordedOn: null })),
      edgeRows.map((r) => ({ ...r, recordedOn: null })),
    );
    const doc = parser.parse(await text(gexfStream(snapshotOf(graph))));
    expect(doc.gexf.graph.nodes.node.every((n: { start?: string }) => n.start === undefined)).toBe(true);
  });

  it('carries weights and documents in GraphML, CSV and JSON too', async () => {
    const snapshot = sample();
    const rows = parseCsv(await text(edgesCsvStream(snapshot)), { columns: true }) as Record<
      string,
      string
    >[];
    expect(rows.map((r) => [r.weight, r.documents])).toEqual([
      ['2', 'document:dated;document:undated'],
      ['1', 'document:undated'],
    ]);
    const json = JSON.parse(await text(jsonStream(snapshot)));
    expect(json.links[0]).toMatchObject({
      weight: 2,
      documents: ['document:dated', 'document:undated'],
      start: '2017-03-12',
      start_source: 'document',
    });
    const graphml = await text(graphmlStream(snapshot));
    expect(graphml).toContain('<data key="e_weight">2</data>');
    expect(graphml).toContain('<data key="e_documents">document:dated;document:undated</data>');
  });

  const networkx = (() => {
    try {
      execFileSync('python3', ['-c', 'import networkx'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  (networkx ? it : it.skip)(
    'reads back in NetworkX when it is installed (the integration test requires it)',
    async () => {
      const xml = await text(gexfStream(sample()));
      const out = execFileSync(
        'python3',
        [
          '-c',
          'import sys, json, networkx as nx; g = nx.read_gexf(sys.stdin.buffer); e = [d for _, _, d in g.edges(data=True)]; print(json.dumps([g.number_of_nodes(), g.number_of_edges(), sorted([d["weight"], d["start"], d["startSource"]] for d in e)]))',
        ],
        { input: xml },
      ).toString();
      expect(JSON.parse(out)).toEqual([
        3,
        2,
        [
          [1, '2026-01-04', 'recorded'],
          [2, '2017-03-12', 'document'],
        ],
      ]);
    },
  );
});
