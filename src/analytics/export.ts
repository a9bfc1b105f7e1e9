import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { XMLBuilder } from 'fast-xml-parser';
import { type ExportEdge, type ExportNode, type GraphSnapshot, startOf } from './snapshot';

/**
 * The export files. Every one carries the snapshot id (in the file, and over HTTP in `X-Snapshot-Id`);
 * every relationship carries its evidence. Restricted facts are in a snapshot only when it was loaded
 * for a viewer who may see them.
 */
export enum ExportFile {
  GRAPHML = 'graph.graphml',
  NODES_CSV = 'nodes.csv',
  EDGES_CSV = 'edges.csv',
  JSON = 'graph.json',
  GEXF = 'graph.gexf',
}

export const CONTENT_TYPES: Record<ExportFile, string> = {
  [ExportFile.GRAPHML]: 'application/graphml+xml; charset=utf-8',
  [ExportFile.NODES_CSV]: 'text/csv; charset=utf-8; header=present',
  [ExportFile.EDGES_CSV]: 'text/csv; charset=utf-8; header=present',
  [ExportFile.JSON]: 'application/json; charset=utf-8',
  // GEXF has no registered media type; Gephi's own site serves .gexf as XML.
  [ExportFile.GEXF]: 'application/xml; charset=utf-8',
};

/** The files of each `--format` of the command line. */
export const FORMAT_FILES: Record<'graphml' | 'gexf' | 'csv' | 'json', ExportFile[]> = {
  graphml: [ExportFile.GRAPHML],
  gexf: [ExportFile.GEXF],
  csv: [ExportFile.NODES_CSV, ExportFile.EDGES_CSV],
  json: [ExportFile.JSON],
};

/**
 * Several pieces of evidence in one CSV or GraphML cell are joined with this, item by item in the
 * same order across `document`, `excerpt`, `evidence_inferred` and `reason` (the n-th document goes
 * with the n-th excerpt). The JSON export keeps them as a list of objects instead.
 */
export const EVIDENCE_SEPARATOR = ' | ';

/**
 * The distinct documents that support a relationship (its `weight` is how many) in one CSV, GraphML
 * or GEXF cell: ids joined with this (ids never contain it). The JSON export keeps them as a list.
 */
export const DOCUMENTS_SEPARATOR = ';';

const join = (values: unknown[]) =>
  values.map((v) => (v === null || v === undefined ? '' : String(v))).join(EVIDENCE_SEPARATOR);

/** Evidence columns of one relationship, for CSV and GraphML. */
function evidenceColumns(edge: ExportEdge) {
  return {
    documents: join(edge.evidence.map((e) => e.documentId)),
    excerpts: join(edge.evidence.map((e) => e.excerpt)),
    inferred: join(edge.evidence.map((e) => e.inferred)),
    reasons: join(edge.evidence.map((e) => e.reason ?? '')),
  };
}

/** Optional progress: called as rows are written, with how many of how many. */
export type ExportProgress = (file: ExportFile, done: number, total: number) => void;

const PROGRESS_EVERY = 500;

function* progressed<T>(
  items: T[],
  file: ExportFile,
  onProgress: ExportProgress | undefined,
): Generator<[T, number]> {
  for (let i = 0; i < items.length; i++) {
    yield [items[i], i];
    if (onProgress && ((i + 1) % PROGRESS_EVERY === 0 || i + 1 === items.length)) {
      onProgress(file, i + 1, items.length);
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// GraphML (Gephi, yEd, NetworkX read_graphml, igraph)

interface GraphmlKey {
  id: string;
  for: 'graph' | 'node' | 'edge';
  name: string;
  type: 'string' | 'boolean' | 'int';
}

const GRAPHML_KEYS: GraphmlKey[] = [
  { id: 'snapshot_id', for: 'graph', name: 'snapshot_id', type: 'string' },
  { id: 'n_label', for: 'node', name: 'label', type: 'string' },
  { id: 'n_name', for: 'node', name: 'name', type: 'string' },
  { id: 'n_kind', for: 'node', name: 'kind', type: 'string' },
  { id: 'n_organisation_type', for: 'node', name: 'organisation_type', type: 'string' },
  { id: 'n_programme_kind', for: 'node', name: 'programme_kind', type: 'string' },
  { id: 'n_year', for: 'node', name: 'year', type: 'int' },
  { id: 'n_restricted', for: 'node', name: 'restricted', type: 'boolean' },
  { id: 'e_key', for: 'edge', name: 'key', type: 'string' },
  { id: 'e_type', for: 'edge', name: 'type', type: 'string' },
  { id: 'e_label', for: 'edge', name: 'label', type: 'string' },
  { id: 'e_year', for: 'edge', name: 'year', type: 'int' },
  { id: 'e_title', for: 'edge', name: 'title', type: 'string' },
  { id: 'e_context', for: 'edge', name: 'context', type: 'string' },
  { id: 'e_restricted', for: 'edge', name: 'restricted', type: 'boolean' },
  { id: 'e_inferred', for: 'edge', name: 'inferred', type: 'boolean' },
  { id: 'e_evidence_count', for: 'edge', name: 'evidence_count', type: 'int' },
  { id: 'e_weight', for: 'edge', name: 'weight', type: 'int' },
  { id: 'e_documents', for: 'edge', name: 'documents', type: 'string' },
  { id: 'e_evidence_documents', for: 'edge', name: 'evidence_documents', type: 'string' },
  { id: 'e_evidence_excerpts', for: 'edge', name: 'evidence_excerpts', type: 'string' },
  { id: 'e_evidence_inferred', for: 'edge', name: 'evidence_inferred', type: 'string' },
  { id: 'e_evidence_reasons', for: 'edge', name: 'evidence_reasons', type: 'string' },
];

type DataValues = [key: string, value: string | number | boolean | null][];

function nodeData(node: ExportNode): DataValues {
  return [
    ['n_label', node.name],
    ['n_name', node.name],
    ['n_kind', node.kind],
    ['n_organisation_type', node.organisationType],
    ['n_programme_kind', node.programmeKind],
    ['n_year', node.year],
    ['n_restricted', node.restricted],
  ];
}

function edgeData(edge: ExportEdge): DataValues {
  const evidence = evidenceColumns(edge);
  return [
    ['e_key', edge.key],
    ['e_type', edge.type],
    ['e_label', edge.type],
    ['e_year', edge.year],
    ['e_title', edge.title],
    ['e_context', edge.context],
    ['e_restricted', edge.restricted],
    ['e_inferred', edge.inferred],
    ['e_evidence_count', edge.evidence.length],
    ['e_weight', edge.weight],
    ['e_documents', edge.documents.join(DOCUMENTS_SEPARATOR)],
    ['e_evidence_documents', evidence.documents],
    ['e_evidence_excerpts', evidence.excerpts],
    ['e_evidence_inferred', evidence.inferred],
    ['e_evidence_reasons', evidence.reasons],
  ];
}

/** Characters XML 1.0 cannot carry at all (C0 controls but tab, newline and return; lone surrogates; U+FFFE/F). */
// eslint-disable-next-line no-control-regex -- the point: tab, newline and return are the controls XML allows
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const xmlSafe = (value: string) => value.replace(NOT_XML, '\uFFFD');

/**
 * fast-xml-parser's builder: escapes text and attribute values. Each element is built on its own and
 * written on one line (an element per line: readable, and text with line breaks stays verbatim).
 */
const xmlBuilder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  format: false,
  processEntities: true,
  suppressEmptyNode: true,
  // Its default writes an attribute whose value is "true" as a bare name (`value`), which is not XML.
  suppressBooleanAttributes: false,
});

/** A JS object as one line of XML, by the builder's conventions (`@_` attributes, `#text` text). */
const xml = (object: Record<string, unknown>, indent: string): string =>
  `${indent}${xmlBuilder.build(object) as string}\n`;

/** One element, with a `<data>` child per present value. */
function element(name: string, attributes: Record<string, string>, data: DataValues, indent: string): string {
  const children = data
    .filter(([, value]) => value !== null && value !== '')
    .map(([key, value]) => ({ '@_key': key, '#text': xmlSafe(String(value)) }));
  const attrs = Object.fromEntries(Object.entries(attributes).map(([k, v]) => [`@_${k}`, xmlSafe(v)]));
  return xml({ [name]: children.length ? { ...attrs, data: children } : attrs }, indent);
}

/**
 * GraphML, streamed element by element (each built and escaped by fast-xml-parser's XMLBuilder): a
 * directed graph, node ids the node ids, edge ids the relationship keys, one `<edge>` per relationship
 * (parallel edges allowed, as Gephi and NetworkX's MultiDiGraph read them), each node's `label` its
 * name (what Gephi shows), and the snapshot id as a graph attribute and in a comment. Absent values
 * are left out rather than written empty.
 */
export function graphmlStream(snapshot: GraphSnapshot, onProgress?: ExportProgress): Readable {
  function* generate(): Generator<string> {
    yield (
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns ' +
      'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
      `  <!-- Gouden Netwerk export, snapshot ${snapshot.snapshotId} -->\n`
    );
    for (const key of GRAPHML_KEYS) {
      yield element(
        'key',
        { id: key.id, for: key.for, 'attr.name': key.name, 'attr.type': key.type },
        [],
        '  ',
      );
    }
    yield '  <graph id="gouden-netwerk" edgedefault="directed">\n';
    yield xml({ data: { '@_key': 'snapshot_id', '#text': snapshot.snapshotId } }, '    ');
    for (const [node] of progressed(snapshot.nodes, ExportFile.GRAPHML, onProgress)) {
      yield element('node', { id: node.id }, nodeData(node), '    ');
    }
    for (const [edge] of progressed(snapshot.edges, ExportFile.GRAPHML, onProgress)) {
      yield element(
        'edge',
        { id: edge.key, source: edge.source, target: edge.target },
        edgeData(edge),
        '    ',
      );
    }
    yield '  </graph>\n</graphml>\n';
  }
  return Readable.from(generate(), { objectMode: false });
}

// ---------------------------------------------------------------------------------------------------
// CSV (pandas read_csv, NetworkX from_pandas_edgelist)

export const NODE_COLUMNS = [
  'id',
  'name',
  'kind',
  'organisation_type',
  'programme_kind',
  'year',
  'restricted',
  'snapshot_id',
] as const;

/**
 * One row per relationship (so the row count is the relationship count), `source`/`target` as stored.
 * `document`, `excerpt`, `evidence_inferred` and `reason` hold its evidence, several pieces joined
 * with " | " item by item; `inferred` is true when no piece states it in so many words.
 */
export const EDGE_COLUMNS = [
  'source',
  'target',
  'key',
  'type',
  'document',
  'excerpt',
  'inferred',
  'evidence_inferred',
  'reason',
  'evidence_count',
  'weight',
  'documents',
  'year',
  'title',
  'context',
  'restricted',
  'snapshot_id',
] as const;

const CSV_OPTIONS = {
  header: true,
  record_delimiter: 'unix' as const,
  cast: { boolean: (value: boolean) => (value ? 'true' : 'false') },
};

function csvStream<T>(
  file: ExportFile,
  items: T[],
  columns: readonly string[],
  toRow: (item: T) => Record<string, unknown>,
  onProgress?: ExportProgress,
): Readable {
  function* rows() {
    for (const [item] of progressed(items, file, onProgress)) yield toRow(item);
  }
  return Readable.from(rows()).pipe(stringify({ ...CSV_OPTIONS, columns: [...columns] }));
}

export function nodesCsvStream(snapshot: GraphSnapshot, onProgress?: ExportProgress): Readable {
  return csvStream(
    ExportFile.NODES_CSV,
    snapshot.nodes,
    NODE_COLUMNS,
    (node) => ({
      id: node.id,
      name: node.name,
      kind: node.kind,
      organisation_type: node.organisationType,
      programme_kind: node.programmeKind,
      year: node.year,
      restricted: node.restricted,
      snapshot_id: snapshot.snapshotId,
    }),
    onProgress,
  );
}

export function edgesCsvStream(snapshot: GraphSnapshot, onProgress?: ExportProgress): Readable {
  return csvStream(
    ExportFile.EDGES_CSV,
    snapshot.edges,
    EDGE_COLUMNS,
    (edge) => {
      const evidence = evidenceColumns(edge);
      return {
        source: edge.source,
        target: edge.target,
        key: edge.key,
        type: edge.type,
        document: evidence.documents,
        excerpt: evidence.excerpts,
        inferred: edge.inferred,
        evidence_inferred: evidence.inferred,
        reason: evidence.reasons,
        evidence_count: edge.evidence.length,
        weight: edge.weight,
        documents: edge.documents.join(DOCUMENTS_SEPARATOR),
        year: edge.year,
        title: edge.title,
        context: edge.context,
        restricted: edge.restricted,
        snapshot_id: snapshot.snapshotId,
      };
    },
    onProgress,
  );
}

// ---------------------------------------------------------------------------------------------------
// JSON (NetworkX node-link: `nx.node_link_graph(data, edges="links")`)

const startFields = (item: ExportNode | ExportEdge) => {
  const { start, startSource } = startOf(item);
  return { start, start_source: startSource };
};

/**
 * NetworkX's node-link format, a directed multigraph: `graph.snapshot_id`, `nodes` with their
 * attributes and `start`/`start_source` (as the GEXF export), `links` with source, target, key,
 * type, properties, `weight` (distinct supporting documents), `documents`, `start`/`start_source`
 * and `evidence` as a list of `{document, excerpt, inferred, reason}`. Written one node or link per
 * line.
 */
export function jsonStream(snapshot: GraphSnapshot, onProgress?: ExportProgress): Readable {
  function* generate(): Generator<string> {
    yield `{\n"directed": true,\n"multigraph": true,\n"graph": ${JSON.stringify({
      name: 'Gouden Netwerk',
      snapshot_id: snapshot.snapshotId,
    })},\n"nodes": [\n`;
    for (const [node, i] of progressed(snapshot.nodes, ExportFile.JSON, onProgress)) {
      const line = JSON.stringify({
        id: node.id,
        name: node.name,
        kind: node.kind,
        organisation_type: node.organisationType,
        programme_kind: node.programmeKind,
        year: node.year,
        restricted: node.restricted,
        ...startFields(node),
      });
      yield `${i === 0 ? '' : ',\n'}${line}`;
    }
    yield '\n],\n"links": [\n';
    for (const [edge, i] of progressed(snapshot.edges, ExportFile.JSON, onProgress)) {
      const line = JSON.stringify({
        source: edge.source,
        target: edge.target,
        key: edge.key,
        type: edge.type,
        year: edge.year,
        title: edge.title,
        context: edge.context,
        restricted: edge.restricted,
        inferred: edge.inferred,
        weight: edge.weight,
        documents: edge.documents,
        ...startFields(edge),
        evidence: edge.evidence.map((e) => ({
          document: e.documentId,
          excerpt: e.excerpt,
          inferred: e.inferred,
          reason: e.reason,
        })),
      });
      yield `${i === 0 ? '' : ',\n'}${line}`;
    }
    yield '\n]\n}\n';
  }
  return Readable.from(generate(), { objectMode: false });
}

// ---------------------------------------------------------------------------------------------------
// GEXF 1.3 (Gephi, NetworkX read_gexf), with time spans

interface GexfAttribute {
  id: string;
  title: string;
  type: 'string' | 'boolean' | 'integer';
}

const GEXF_NODE_ATTRIBUTES: GexfAttribute[] = [
  { id: 'kind', title: 'kind', type: 'string' },
  { id: 'organisation_type', title: 'organisation_type', type: 'string' },
  { id: 'programme_kind', title: 'programme_kind', type: 'string' },
  { id: 'year', title: 'year', type: 'integer' },
  { id: 'restricted', title: 'restricted', type: 'boolean' },
  { id: 'startSource', title: 'startSource', type: 'string' },
];

/** The relationship's `weight` is GEXF's own edge attribute, not one of these. */
const GEXF_EDGE_ATTRIBUTES: GexfAttribute[] = [
  { id: 'type', title: 'type', type: 'string' },
  { id: 'year', title: 'year', type: 'integer' },
  { id: 'title', title: 'title', type: 'string' },
  { id: 'context', title: 'context', type: 'string' },
  { id: 'restricted', title: 'restricted', type: 'boolean' },
  { id: 'inferred', title: 'inferred', type: 'boolean' },
  { id: 'documents', title: 'documents', type: 'string' },
  { id: 'evidence_count', title: 'evidence_count', type: 'integer' },
  { id: 'evidence_documents', title: 'evidence_documents', type: 'string' },
  { id: 'evidence_excerpts', title: 'evidence_excerpts', type: 'string' },
  { id: 'evidence_inferred', title: 'evidence_inferred', type: 'string' },
  { id: 'evidence_reasons', title: 'evidence_reasons', type: 'string' },
  { id: 'startSource', title: 'startSource', type: 'string' },
];

/** `<attvalues>` of the present values (absent ones are left out, as GEXF allows). */
function attvalues(values: DataValues): Record<string, unknown> {
  const present = values.filter(([, value]) => value !== null && value !== '');
  return present.length
    ? {
        attvalues: {
          attvalue: present.map(([key, value]) => ({ '@_for': key, '@_value': xmlSafe(String(value)) })),
        },
      }
    : {};
}

/** The `start` attribute when known (an item without one spans all time, as GEXF reads it). */
function startAttribute(item: ExportNode | ExportEdge): Record<string, string> {
  const { start } = startOf(item);
  return start === null ? {} : { '@_start': start };
}

/**
 * GEXF 1.3, streamed element by element (each built and escaped by fast-xml-parser's XMLBuilder): a
 * dynamic directed graph, `timeformat="date"`. Each node and relationship has a `start`: the
 * publication date of the earliest dated document of its visible evidence, or when none is dated
 * the date it was recorded; the `startSource` attribute says which (`document` | `recorded`). Node
 * ids the node ids and `label` the name; edge ids the relationship keys, `label` the type, and
 * `weight` the number of distinct documents that support it (listed, `;`-joined, in `documents`).
 * Parallel edges are kept (NetworkX reads a MultiDiGraph). The snapshot id is in the meta
 * description and a comment.
 */
export function gexfStream(snapshot: GraphSnapshot, onProgress?: ExportProgress): Readable {
  function* generate(): Generator<string> {
    yield (
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<gexf xmlns="http://gexf.net/1.3" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n' +
      `  <!-- Gouden Netwerk export, snapshot ${snapshot.snapshotId} -->\n`
    );
    yield xml(
      {
        meta: {
          creator: 'Gouden Netwerk',
          description: `snapshot ${snapshot.snapshotId}`,
        },
      },
      '  ',
    );
    yield '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">\n';
    for (const [cls, attributes] of [
      ['node', GEXF_NODE_ATTRIBUTES],
      ['edge', GEXF_EDGE_ATTRIBUTES],
    ] as const) {
      yield xml(
        {
          attributes: {
            '@_class': cls,
            '@_mode': 'static',
            attribute: attributes.map((a) => ({ '@_id': a.id, '@_title': a.title, '@_type': a.type })),
          },
        },
        '    ',
      );
    }
    yield '    <nodes>\n';
    for (const [node] of progressed(snapshot.nodes, ExportFile.GEXF, onProgress)) {
      yield xml(
        {
          node: {
            '@_id': xmlSafe(node.id),
            '@_label': xmlSafe(node.name),
            ...startAttribute(node),
            ...attvalues([
              ['kind', node.kind],
              ['organisation_type', node.organisationType],
              ['programme_kind', node.programmeKind],
              ['year', node.year],
              ['restricted', node.restricted],
              ['startSource', startOf(node).startSource],
            ]),
          },
        },
        '      ',
      );
    }
    yield '    </nodes>\n    <edges>\n';
    for (const [edge] of progressed(snapshot.edges, ExportFile.GEXF, onProgress)) {
      const evidence = evidenceColumns(edge);
      yield xml(
        {
          edge: {
            '@_id': xmlSafe(edge.key),
            '@_source': xmlSafe(edge.source),
            '@_target': xmlSafe(edge.target),
            '@_label': edge.type,
            '@_weight': String(edge.weight),
            ...startAttribute(edge),
            ...attvalues([
              ['type', edge.type],
              ['year', edge.year],
              ['title', edge.title],
              ['context', edge.context],
              ['restricted', edge.restricted],
              ['inferred', edge.inferred],
              ['documents', edge.documents.join(DOCUMENTS_SEPARATOR)],
              ['evidence_count', edge.evidence.length],
              ['evidence_documents', evidence.documents],
              ['evidence_excerpts', evidence.excerpts],
              ['evidence_inferred', evidence.inferred],
              ['evidence_reasons', evidence.reasons],
              ['startSource', startOf(edge).startSource],
            ]),
          },
        },
        '      ',
      );
    }
    yield '    </edges>\n  </graph>\n</gexf>\n';
  }
  return Readable.from(generate(), { objectMode: false });
}

export function exportStream(
  file: ExportFile,
  snapshot: GraphSnapshot,
  onProgress?: ExportProgress,
): Readable {
  switch (file) {
    case ExportFile.GRAPHML:
      return graphmlStream(snapshot, onProgress);
    case ExportFile.NODES_CSV:
      return nodesCsvStream(snapshot, onProgress);
    case ExportFile.EDGES_CSV:
      return edgesCsvStream(snapshot, onProgress);
    case ExportFile.JSON:
      return jsonStream(snapshot, onProgress);
    case ExportFile.GEXF:
      return gexfStream(snapshot, onProgress);
  }
}
