import { MultiDirectedGraph, UndirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLValidator } from 'fast-xml-parser';
import { text } from 'node:stream/consumers';
import { CentralityMeasure, centrality } from '../../src/analytics/centrality';
import { communities } from '../../src/analytics/communities';
import { edgesCsvStream, graphmlStream, jsonStream, nodesCsvStream } from '../../src/analytics/export';
import { interlocks } from '../../src/analytics/interlocks';
import {
  type ProjectionEdge,
  type ProjectionGraph,
  type ProjectionNode,
  toSimpleUndirected,
} from '../../src/analytics/projection';
import { similarPairs, similarTo } from '../../src/analytics/similarity';
import { snapshotOf } from '../../src/analytics/snapshot';
import { NodeLabel, RelationshipType } from '../../src/model';

/** A star: `centre` joined to five leaves. */
function star(): UndirectedGraph {
  const graph = new UndirectedGraph();
  graph.addNode('centre');
  for (let i = 1; i <= 5; i++) {
    graph.addNode(`leaf-${i}`);
    graph.addEdge('centre', `leaf-${i}`);
  }
  return graph;
}

/** A path a – b – c – d – e. */
function path(): UndirectedGraph {
  const graph = new UndirectedGraph();
  const ids = ['a', 'b', 'c', 'd', 'e'];
  ids.forEach((id) => graph.addNode(id));
  ids.slice(1).forEach((id, i) => graph.addEdge(ids[i], id));
  return graph;
}

/** Two 5-cliques, l1…l5 and r1…r5, joined by one bridge l1 – r1. */
function barbell(): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const side of ['l', 'r']) {
    const ids = [1, 2, 3, 4, 5].map((i) => `${side}${i}`);
    ids.forEach((id) => graph.addNode(id));
    ids.forEach((a, i) => ids.slice(i + 1).forEach((b) => graph.addEdge(a, b)));
  }
  graph.addEdge('l1', 'r1');
  return graph;
}

const scoreOf = (ranking: ReturnType<typeof centrality>, id: string) =>
  ranking.find((s) => s.id === id)!.score;

describe('centrality on graphs whose answers are known by hand', () => {
  it('ranks the centre of a star first by degree, betweenness and PageRank', () => {
    for (const measure of Object.values(CentralityMeasure)) {
      const ranking = centrality(star(), measure);
      expect(ranking[0]).toMatchObject({ id: 'centre', rank: 1, degree: 5 });
      // Every leaf ties for second place.
      expect(ranking.slice(1).map((s) => s.rank)).toEqual([2, 2, 2, 2, 2]);
      expect(ranking[0].score).toBeGreaterThan(ranking[1].score);
    }
    const degree = centrality(star(), CentralityMeasure.DEGREE);
    expect(scoreOf(degree, 'centre')).toBe(1);
    expect(scoreOf(degree, 'leaf-1')).toBeCloseTo(1 / 5);
    // The centre lies on the only shortest path between every pair of leaves.
    const betweenness = centrality(star(), CentralityMeasure.BETWEENNESS);
    expect(scoreOf(betweenness, 'centre')).toBeCloseTo(1);
    expect(scoreOf(betweenness, 'leaf-1')).toBe(0);
    const pagerank = centrality(star(), CentralityMeasure.PAGERANK);
    expect(pagerank.reduce((sum, s) => sum + s.score, 0)).toBeCloseTo(1);
  });

  it('gives the middle of a path the highest betweenness, then its neighbours, then the ends', () => {
    const ranking = centrality(path(), CentralityMeasure.BETWEENNESS);
    expect(ranking.map((s) => s.id)).toEqual(['c', 'b', 'd', 'a', 'e']);
    expect(ranking.map((s) => s.rank)).toEqual([1, 2, 2, 4, 4]);
    // c lies on 4 of the 6 shortest paths between other pairs, b on 3, an end on none.
    expect(scoreOf(ranking, 'c')).toBeCloseTo(4 / 6);
    expect(scoreOf(ranking, 'b')).toBeCloseTo(3 / 6);
    expect(scoreOf(ranking, 'a')).toBe(0);
  });

  it('gives the two bridge ends of two joined cliques the top betweenness', () => {
    const ranking = centrality(barbell(), CentralityMeasure.BETWEENNESS);
    expect(ranking.slice(0, 2).map((s) => s.id)).toEqual(['l1', 'r1']);
    expect(ranking[0].rank).toBe(1);
    expect(ranking[1].rank).toBe(1);
    expect(ranking[2].score).toBeLessThan(ranking[0].score);
  });

  it('counts a pair joined by several relationships once, and ignores direction', () => {
    const graph = new MultiDirectedGraph();
    ['x', 'y', 'z'].forEach((id) => graph.addNode(id));
    graph.addEdge('x', 'y', { type: 'PARTNERS_WITH' });
    graph.addEdge('y', 'x', { type: 'MEMBER_OF' });
    graph.addEdge('x', 'z', { type: 'RUNS' });
    const simple = toSimpleUndirected(graph);
    expect(simple.size).toBe(2);
    expect(simple.getEdgeAttribute(simple.edge('x', 'y')!, 'weight')).toBe(2);
    expect(centrality(graph, CentralityMeasure.DEGREE)[0]).toMatchObject({ id: 'x', degree: 2, score: 1 });
  });

  it('handles an empty graph and a lone node', () => {
    expect(centrality(new UndirectedGraph(), CentralityMeasure.PAGERANK)).toEqual([]);
    const lone = new UndirectedGraph();
    lone.addNode('only');
    for (const measure of Object.values(CentralityMeasure)) {
      expect(centrality(lone, measure)).toHaveLength(1);
    }
  });
});

describe('Louvain communities', () => {
  it('finds exactly the two cliques of a barbell', () => {
    const partition = communities(barbell(), 42);
    expect(partition.count).toBe(2);
    expect(partition.communities.map((c) => c.members.map((m) => m.id))).toEqual([
      ['l1', 'l2', 'l3', 'l4', 'l5'],
      ['r1', 'r2', 'r3', 'r4', 'r5'],
    ]);
    expect(partition.modularity).toBeGreaterThan(0.3);
  });

  it('gives the same partition for the same seed, whatever seed', () => {
    for (const seed of [0, 1, 42, 123456]) {
      expect(communities(barbell(), seed)).toEqual(communities(barbell(), seed));
      expect(communities(barbell(), seed).count).toBe(2);
    }
  });

  it('makes every isolated node a community of its own', () => {
    const graph = barbell();
    graph.addNode('alone');
    const partition = communities(graph, 7);
    expect(partition.count).toBe(3);
    expect(partition.communities[2]).toMatchObject({ index: 2, size: 1, members: [{ id: 'alone' }] });
  });
});

/** A small projection-like graph: kinds on nodes, types and evidence on relationships. */
function projection(): ProjectionGraph {
  const graph: ProjectionGraph = new MultiDirectedGraph<ProjectionNode, ProjectionEdge>();
  const node = (id: string, kind: NodeLabel, extra: Partial<ProjectionNode> = {}) =>
    graph.addNode(id, {
      name: id.split(':')[1],
      kind,
      restricted: false,
      organisationType: null,
      programmeKind: null,
      year: null,
      ...extra,
    });
  const edge = (source: string, type: RelationshipType, target: string) =>
    graph.addEdgeWithKey(`${source}|${type}|${target}`, source, target, {
      key: `${source}|${type}|${target}`,
      type,
      year: null,
      title: null,
      context: null,
      restricted: false,
      evidence: [
        { documentId: 'document:doc', excerpt: `${source} ${type} ${target}`, inferred: false, reason: null },
      ],
    });
  node('municipality:a', NodeLabel.Municipality);
  node('municipality:b', NodeLabel.Municipality);
  node('municipality:c', NodeLabel.Municipality);
  node('region:r', NodeLabel.Region);
  node('org:shared', NodeLabel.Organisation);
  node('org:only-a', NodeLabel.Organisation);
  node('org:bridge', NodeLabel.Organisation);
  node('person:p', NodeLabel.Person);
  node('programme:pa', NodeLabel.Programme, { programmeKind: 'SERVICE' });
  node('programme:pb', NodeLabel.Programme, { programmeKind: 'SERVICE' });
  node('programme:pc', NodeLabel.Programme, { programmeKind: 'EVENT' });
  node('theme:jeugd', NodeLabel.Theme);
  node('theme:zorg', NodeLabel.Theme);
  node('quote:q', NodeLabel.Quote);
  edge('municipality:a', RelationshipType.NOMINATED_BY, 'org:shared');
  edge('org:shared', RelationshipType.PARTNERS_WITH, 'municipality:b');
  edge('municipality:a', RelationshipType.PARTNERS_WITH, 'org:only-a');
  edge('programme:pa', RelationshipType.LOCATED_IN, 'municipality:a');
  edge('municipality:b', RelationshipType.RUNS, 'programme:pb');
  edge('programme:pa', RelationshipType.CONCERNS, 'theme:jeugd');
  edge('programme:pb', RelationshipType.CONCERNS, 'theme:jeugd');
  edge('person:p', RelationshipType.HOLDS_ROLE, 'municipality:b');
  edge('person:p', RelationshipType.SAID, 'quote:q');
  edge('quote:q', RelationshipType.CONCERNS, 'theme:zorg');
  // c shares nothing directly, but is a member of a region that runs an EVENT about zorg.
  edge('municipality:c', RelationshipType.MEMBER_OF, 'region:r');
  edge('programme:pc', RelationshipType.LOCATED_IN, 'region:r');
  edge('programme:pc', RelationshipType.CONCERNS, 'theme:zorg');
  // b – bridge – c: an organisation on a path of length 2 between b and c.
  edge('org:bridge', RelationshipType.LOCATED_IN, 'municipality:b');
  edge('org:bridge', RelationshipType.PARTNERS_WITH, 'municipality:c');
  // a – shared – bridge – c: two organisations on a path of length 3 between a and c.
  edge('org:shared', RelationshipType.PARTNERS_WITH, 'org:bridge');
  return graph;
}

describe('municipality similarity', () => {
  it('lists the shared partners, themes and programme kinds with Jaccard scores', () => {
    const similar = similarTo(projection(), 'municipality:a')!;
    expect(similar.map((s) => s.municipality.id)).toEqual(['municipality:b']);
    const [b] = similar;
    // a: partners {shared, only-a}, themes {jeugd}, kinds {SERVICE}
    // b: partners {shared}, themes {jeugd, zorg}, kinds {SERVICE}
    expect(b.partners.shared.map((n) => n.id)).toEqual(['org:shared']);
    expect(b.partners.score).toBeCloseTo(1 / 2);
    expect(b.themes.shared.map((n) => n.id)).toEqual(['theme:jeugd']);
    expect(b.themes.score).toBeCloseTo(1 / 2);
    expect(b.programmeKinds).toEqual({ score: 1, shared: ['SERVICE'], union: 1 });
    expect(b.score).toBeCloseTo((1 / 2 + 1 / 2 + 1) / 3);
  });

  it('counts what a municipality’s region has, and lists all similar pairs', () => {
    const pairs = similarPairs(projection());
    const bc = pairs.find((p) => p.first?.id === 'municipality:b' && p.municipality.id === 'municipality:c');
    expect(bc?.themes.shared.map((n) => n.id)).toEqual(['theme:zorg']);
    expect(pairs[0].first?.id).toBe('municipality:a');
    expect(similarTo(projection(), 'org:shared')).toBeUndefined();
  });
});

describe('interlocks', () => {
  it('finds the organisations adjacent to both ends and on longer paths, with evidence', () => {
    const result = interlocks(projection(), 'municipality:a', 'municipality:b')!;
    expect(result.direct).toEqual([]);
    expect(result.connectors[0]).toMatchObject({
      node: { id: 'org:shared', kind: NodeLabel.Organisation },
      adjacentToBoth: true,
      shortestPath: 2,
    });
    expect(result.connectors[0].links.map((l) => l.key).sort()).toEqual([
      'municipality:a|NOMINATED_BY|org:shared',
      'org:shared|PARTNERS_WITH|municipality:b',
    ]);
    expect(result.connectors[0].links.every((l) => l.evidence.length === 1)).toBe(true);
    // a – pa – jeugd – pb – b is 4 hops: too long to count.
    expect(result.paths.every((p) => p.length <= 3)).toBe(true);
    expect(result.paths.some((p) => p.nodes.some((n) => n.id === 'theme:jeugd'))).toBe(false);
    expect(result.paths[0].nodes.map((n) => n.id)).toEqual([
      'municipality:a',
      'org:shared',
      'municipality:b',
    ]);
  });

  it('finds a person or organisation on a path of three hops', () => {
    const result = interlocks(projection(), 'municipality:a', 'municipality:c')!;
    expect(result.connectors.map((c) => [c.node.id, c.adjacentToBoth, c.shortestPath, c.pathCount])).toEqual([
      ['org:bridge', false, 3, 1],
      ['org:shared', false, 3, 1],
    ]);
    expect(result.paths.map((p) => p.nodes.map((n) => n.id))).toEqual([
      ['municipality:a', 'org:shared', 'org:bridge', 'municipality:c'],
    ]);
    expect(result.paths[0].edges.map((e) => e.type)).toEqual([
      'NOMINATED_BY',
      'PARTNERS_WITH',
      'PARTNERS_WITH',
    ]);
    const bc = interlocks(projection(), 'municipality:b', 'municipality:c')!;
    expect(bc.connectors.find((c) => c.node.id === 'org:bridge')?.adjacentToBoth).toBe(true);
  });

  it('is undefined for an unknown end and respects maxLength', () => {
    expect(interlocks(projection(), 'municipality:a', 'municipality:zz')).toBeUndefined();
    expect(
      interlocks(projection(), 'municipality:a', 'municipality:c', { maxLength: 2 })!.connectors,
    ).toEqual([]);
  });
});

describe('snapshots and export files', () => {
  it('names the same graph with the same id, whatever the order it was built in', () => {
    const one = projection();
    const two: ProjectionGraph = new MultiDirectedGraph<ProjectionNode, ProjectionEdge>();
    [...one.nodes()].reverse().forEach((id) => two.addNode(id, one.getNodeAttributes(id)));
    [...one.edges()]
      .reverse()
      .forEach((key) =>
        two.addEdgeWithKey(key, one.source(key), one.target(key), one.getEdgeAttributes(key)),
      );
    expect(snapshotOf(two).snapshotId).toBe(snapshotOf(one).snapshotId);
    expect(snapshotOf(one).snapshotId).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes the id when one relationship or one excerpt changes', () => {
    const base = snapshotOf(projection()).snapshotId;
    const dropped = projection();
    dropped.dropEdge('municipality:a|PARTNERS_WITH|org:only-a');
    expect(snapshotOf(dropped).snapshotId).not.toBe(base);
    const edited = projection();
    edited.updateEdgeAttribute('municipality:a|PARTNERS_WITH|org:only-a', 'evidence', (evidence) => [
      { ...evidence![0], excerpt: 'another excerpt' },
    ]);
    expect(snapshotOf(edited).snapshotId).not.toBe(base);
  });

  it('writes GraphML that parses back with the same nodes, edges, attributes and snapshot id', async () => {
    const snapshot = snapshotOf(projection());
    const parsed = parseGraphml(MultiDirectedGraph, await text(graphmlStream(snapshot)));
    expect(parsed.order).toBe(snapshot.nodes.length);
    expect(parsed.size).toBe(snapshot.edges.length);
    expect(parsed.getAttribute('snapshot_id')).toBe(snapshot.snapshotId);
    expect(parsed.getNodeAttributes('programme:pa')).toMatchObject({
      name: 'pa',
      kind: 'Programme',
      programme_kind: 'SERVICE',
      restricted: false,
    });
    const key = 'municipality:a|NOMINATED_BY|org:shared';
    expect(parsed.getEdgeAttributes(key)).toMatchObject({
      key,
      type: 'NOMINATED_BY',
      evidence_documents: 'document:doc',
      evidence_excerpts: 'municipality:a NOMINATED_BY org:shared',
      inferred: false,
    });
  });

  it('escapes what XML must escape and replaces what it cannot carry', async () => {
    const graph = projection();
    graph.setNodeAttribute('org:shared', 'name', 'A & B <"quoted"> \'t Loket\u0001');
    graph.updateEdgeAttribute('municipality:a|NOMINATED_BY|org:shared', 'evidence', (evidence) => [
      { ...evidence![0], excerpt: 'x < y && "z" \u0007\n  second line' },
    ]);
    const xml = await text(graphmlStream(snapshotOf(graph)));
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = parseGraphml(MultiDirectedGraph, xml);
    expect(parsed.getNodeAttribute('org:shared', 'name')).toBe('A & B <"quoted"> \'t Loket\uFFFD');
    expect(
      parsed.getEdgeAttribute(
        parsed.findEdge((_e, a) => a.key === 'municipality:a|NOMINATED_BY|org:shared')!,
        'evidence_excerpts',
      ),
    ).toBe('x < y && "z" \uFFFD\n  second line');
  });

  it('writes CSV and JSON that load with the same counts and the snapshot id in every row', async () => {
    const snapshot = snapshotOf(projection());
    const nodes = parseCsv(await text(nodesCsvStream(snapshot)), { columns: true }) as Record<
      string,
      string
    >[];
    const edges = parseCsv(await text(edgesCsvStream(snapshot)), { columns: true }) as Record<
      string,
      string
    >[];
    expect(nodes).toHaveLength(snapshot.nodes.length);
    expect(edges).toHaveLength(snapshot.edges.length);
    expect(new Set([...nodes, ...edges].map((row) => row.snapshot_id))).toEqual(
      new Set([snapshot.snapshotId]),
    );
    expect(Object.keys(edges[0]).slice(0, 7)).toEqual([
      'source',
      'target',
      'key',
      'type',
      'document',
      'excerpt',
      'inferred',
    ]);
    const json = JSON.parse(await text(jsonStream(snapshot)));
    expect(json.graph.snapshot_id).toBe(snapshot.snapshotId);
    expect(json.nodes).toHaveLength(snapshot.nodes.length);
    expect(json.links).toHaveLength(snapshot.edges.length);
    expect(json.links[0].evidence[0]).toEqual({
      document: 'document:doc',
      excerpt: expect.any(String),
      inferred: false,
      reason: null,
    });
  });
});
