import {
  CommunityChangeKind,
  diffSnapshots,
  interlockTriples,
  graphOfSnapshot,
} from '../../src/analytics/diff';
import { INTERLOCK_PROJECTION } from '../../src/analytics/projection';
import {
  type ExportEdge,
  type ExportNode,
  type GraphSnapshot,
  documentsOf,
} from '../../src/analytics/snapshot';
import { NodeLabel, RelationshipType } from '../../src/model';

const node = (id: string, kind: NodeLabel, more: Partial<ExportNode> = {}): ExportNode => ({
  id,
  name: id,
  kind,
  organisationType: null,
  programmeKind: null,
  year: null,
  restricted: false,
  documentStart: null,
  recordedOn: null,
  ...more,
});

const edge = (source: string, type: RelationshipType, target: string, docs = ['document:1']): ExportEdge => {
  const evidence = docs.map((documentId) => ({
    documentId,
    excerpt: `${source} ${target}`,
    inferred: false,
    reason: null,
  }));
  const documents = documentsOf(evidence);
  return {
    key: `${source}|${type}|${target}`,
    source,
    target,
    type,
    year: null,
    title: null,
    context: null,
    restricted: false,
    inferred: false,
    evidence,
    documents,
    weight: documents.length,
    documentStart: null,
    recordedOn: null,
  };
};

const snap = (nodes: ExportNode[], edges: ExportEdge[], id = 'x'): GraphSnapshot => ({
  snapshotId: id,
  nodes: [...nodes].sort((a, b) => (a.id < b.id ? -1 : 1)),
  edges: [...edges].sort((a, b) => (a.key < b.key ? -1 : 1)),
});

const { Municipality, Organisation, Person, Theme } = NodeLabel;
const { PARTNERS_WITH, HOLDS_ROLE, MEMBER_OF } = RelationshipType;

/** Two places, an organisation each, a person holding roles at both organisations. */
function base() {
  return snap(
    [
      node('municipality:a', Municipality),
      node('municipality:b', Municipality),
      node('org:x', Organisation),
      node('org:y', Organisation),
      node('person:p', Person),
    ],
    [
      edge('municipality:a', PARTNERS_WITH, 'org:x'),
      edge('municipality:b', PARTNERS_WITH, 'org:y'),
      edge('person:p', HOLDS_ROLE, 'org:x'),
    ],
  );
}

describe('diff of two snapshots', () => {
  it('finds nothing between a snapshot and itself', () => {
    const d = diffSnapshots(base(), base());
    expect(
      [d.nodes, d.relationships, d.evidence].map((c) => [c.addedCount, c.removedCount, c.changedCount]),
    ).toEqual([
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ]);
    expect(d.pagerank).toEqual([]);
    expect(d.communities).toEqual([]);
    expect(d.interlocksGained).toEqual([]);
    expect(d.interlocksLost).toEqual([]);
  });

  it('lists added, removed and changed nodes, relationships and evidence with the fields that changed', () => {
    const from = base();
    const to = base();
    to.nodes.push(node('theme:new', Theme));
    to.nodes = to.nodes.filter((n) => n.id !== 'org:y');
    to.edges = to.edges.filter((e) => e.target !== 'org:y');
    to.nodes.find((n) => n.id === 'municipality:a')!.name = 'Renamed';
    const partners = to.edges.find((e) => e.key === 'municipality:a|PARTNERS_WITH|org:x')!;
    Object.assign(partners, edge('municipality:a', PARTNERS_WITH, 'org:x', ['document:1', 'document:2']));
    partners.evidence[0] = { ...partners.evidence[0], inferred: true, reason: 'why' };

    const d = diffSnapshots(from, to);
    expect(d.nodes.added.map((n) => n.id)).toEqual(['theme:new']);
    expect(d.nodes.removed.map((n) => [n.id, n.kind])).toEqual([['org:y', Organisation]]);
    expect(d.nodes.changed).toEqual([
      { id: 'municipality:a', kind: Municipality, name: 'Renamed', fields: ['name'] },
    ]);
    expect(d.relationships.removed.map((r) => r.key)).toEqual(['municipality:b|PARTNERS_WITH|org:y']);
    expect(d.relationships.changed).toEqual([
      {
        key: 'municipality:a|PARTNERS_WITH|org:x',
        type: PARTNERS_WITH,
        source: 'municipality:a',
        target: 'org:x',
        fields: ['evidence', 'weight', 'documents'],
      },
    ]);
    expect(d.evidence.added.map((e) => e.documentId)).toEqual(['document:2']);
    expect(d.evidence.removed.map((e) => e.relationshipKey)).toEqual(['municipality:b|PARTNERS_WITH|org:y']);
    expect(d.evidence.changed.map((e) => e.fields)).toEqual([['inferred', 'reason']]);
  });

  it('compares evidence by its content, not by the order of its keys', () => {
    const to = base();
    for (const e of to.edges) {
      e.evidence = e.evidence.map(({ reason, inferred, excerpt, documentId }) => ({
        reason,
        inferred,
        excerpt,
        documentId,
      }));
    }
    expect(diffSnapshots(base(), to).relationships.changedCount).toBe(0);
  });

  it('cuts each list at first and keeps whole counts', () => {
    const to = base();
    for (let i = 0; i < 5; i++) to.nodes.push(node(`theme:t${i}`, Theme));
    const d = diffSnapshots(base(), to, { first: 2 });
    expect(d.nodes.added.map((n) => n.id)).toEqual(['theme:t0', 'theme:t1']);
    expect(d.nodes.addedCount).toBe(5);
  });

  it('finds an interlock gained when a person takes a role at a second organisation, and lost when it goes', () => {
    const to = base();
    to.edges.push(edge('person:p', HOLDS_ROLE, 'org:y'));
    const gained = diffSnapshots(base(), to);
    expect(gained.interlocksGained.map((i) => [i.a.id, i.b.id, i.connector.id])).toEqual([
      ['org:x', 'org:y', 'person:p'],
    ]);
    expect(gained.interlocksLost).toEqual([]);
    const lost = diffSnapshots(to, base());
    expect(lost.interlocksLost.map((i) => [i.a.id, i.b.id, i.connector.id])).toEqual([
      ['org:x', 'org:y', 'person:p'],
    ]);
    // The organisations are connectors too, but each is joined to one place only.
    expect(interlockTriples(graphOfSnapshot(to, INTERLOCK_PROJECTION)).size).toBe(1);
  });

  it('reports PageRank moves past the threshold only', () => {
    // A chain of 30 organisations; in `to` the last one becomes a hub joined to ten new people.
    const orgs = Array.from({ length: 30 }, (_, i) =>
      node(`org:${String(i).padStart(2, '0')}`, Organisation),
    );
    const chain = orgs.slice(1).map((o, i) => edge(orgs[i].id, PARTNERS_WITH, o.id));
    const from = snap(orgs, chain);
    const people = Array.from({ length: 10 }, (_, i) => node(`person:${i}`, Person));
    const to = snap([...orgs, ...people], [...chain, ...people.map((p) => edge(p.id, MEMBER_OF, 'org:29'))]);
    const d = diffSnapshots(from, to, { rankThreshold: 10, top: 100 });
    const hub = d.pagerank.find((r) => r.node.id === 'org:29')!;
    expect(hub.toRank).toBe(1);
    expect(hub.change).toBeGreaterThanOrEqual(10);
    expect(d.pagerank.every((r) => r.change === null || Math.abs(r.change) >= 10)).toBe(true);
    // The new people entered the ranking: reported with no `from` rank.
    expect(d.pagerank.filter((r) => r.fromRank === null).length).toBe(10);
    expect(
      diffSnapshots(from, to, { rankThreshold: 1000, top: 100 }).pagerank.every((r) => r.change === null),
    ).toBe(true);
  });

  it('matches Louvain communities by Jaccard: a split one way is a merge the other', () => {
    // Two 5-cliques of organisations joined by one bridge (two communities), against the same with a
    // dense mesh between them (one community).
    const ids = (side: string) => [1, 2, 3, 4, 5].map((i) => `org:${side}${i}`);
    const nodes = [...ids('l'), ...ids('r')].map((id) => node(id, Organisation));
    const clique = (side: string) =>
      ids(side).flatMap((a, i) =>
        ids(side)
          .slice(i + 1)
          .map((b) => edge(a, PARTNERS_WITH, b)),
      );
    const two = snap(nodes, [...clique('l'), ...clique('r'), edge('org:l1', PARTNERS_WITH, 'org:r1')]);
    const mesh = ids('l').flatMap((a) => ids('r').map((b) => edge(a, PARTNERS_WITH, b)));
    const one = snap(nodes, [...clique('l'), ...clique('r'), ...mesh]);

    const merged = diffSnapshots(two, one);
    expect(merged.communities).toHaveLength(1);
    expect(merged.communities[0].kind).toBe(CommunityChangeKind.MERGED);
    expect(merged.communities[0].from.map((c) => c.size)).toEqual([5, 5]);
    expect(merged.communities[0].to.map((c) => [c.size, c.jaccard])).toEqual([[10, 0.5]]);

    const split = diffSnapshots(one, two);
    expect(split.communities.map((c) => [c.kind, c.from.length, c.to.length])).toEqual([
      [CommunityChangeKind.SPLIT, 1, 2],
    ]);
    // Deterministic: the same pair, the same answer.
    expect(diffSnapshots(one, two)).toEqual(split);
  });
});
