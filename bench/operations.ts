import { countsFor, idOf, nameOf } from './generate';
import { exampleOperations, model } from './service';

/**
 * The operation set, each as the same question put three ways: to our GraphQL service, to the
 * @neo4j/graphql peer, and as the Cypher one would write by hand for the raw driver (the floor;
 * the peer runs the same Cypher through `@cypher` where it has no generated equivalent). Each
 * fetches the same fields: ids and names, plus what the operation is about (evidence excerpts,
 * relationship properties, edges, scores).
 *
 * Differences that remain, by design: ours also checks `restricted` on every node and relationship
 * it returns (all synthetic facts are public, so the answers are the same) and orders every list by
 * name; the raw Cypher orders like ours; the peer's generated lists are unordered.
 */
export interface Operation {
  name: string;
  /** What it does, for the report. */
  description: string;
  ours: string;
  /** None where the peer's generated schema has no equivalent worth measuring (walkthrough). */
  peer?: string;
  /** One statement; its first column is the answer. */
  cypher: string;
  /** Parameters, rotated through during a run: the same list for all three. */
  samples: (size: number, seed: number) => Record<string, unknown>[];
}

const { NodeLabel: L } = model;
/** The Delft walkthrough of examples/, as written: the corpus rides along with every synthetic graph. */
const WALKTHROUGH = exampleOperations()['delft-walkthrough.graphql'];
const SAMPLES = 64;

/** SAMPLES indices spread over 0..n-1, the same for a given n. */
const spread = (n: number, offset = 0) =>
  Array.from({ length: SAMPLES }, (_, k) => (Math.floor((k * n) / SAMPLES) + offset * 7919) % n);

const NEIGHBOURHOOD = `
MATCH (s:Node {id: $id})
MATCH p = ANY SHORTEST (s)-[]-{1,2}(m)
WHERE m <> s
WITH s, m, length(p) AS distance
ORDER BY distance, m.name, m.id
LIMIT 199
WITH s, collect(m) AS reached
WITH [s] + reached AS kept
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r]->(b) WHERE b IN kept
  RETURN collect({from: a.id, to: b.id, type: type(r)}) AS edges
}
RETURN {nodes: [n IN kept | {id: n.id, name: n.name}], edges: edges} AS result`;

const SHORTEST_PATH = `
MATCH (a:Node {id: $from}), (b:Node {id: $to})
MATCH p = shortestPath((a)-[*..6]-(b))
RETURN {
  length: length(p),
  nodes: [n IN nodes(p) | {id: n.id, name: n.name}],
  edges: [r IN relationships(p) | {from: startNode(r).id, to: endNode(r).id, type: type(r)}]
} AS result`;

const SEARCH = `
CALL db.index.fulltext.queryNodes('search', $text, {limit: 20}) YIELD node, score
RETURN {id: node.id, name: node.name, score: score} AS result`;

// The walkthrough's answer, by hand, in one statement: every list ordered as ours orders it.
const WALKTHROUGH_CYPHER = `
MATCH (m:Municipality {id: $id})
RETURN {
  name: m.name,
  awards: COLLECT {
    MATCH (m)-[r:RECEIVED]->(a:Award) RETURN {year: r.year, name: a.name} ORDER BY a.name, a.id
  },
  nominatedBy: COLLECT {
    MATCH (m)-[r:NOMINATED_BY]->(o:Organisation)
    WITH o, r ORDER BY o.name, o.id LIMIT 1
    RETURN {
      id: o.id, name: o.name, type: o.type,
      evidence: [i IN range(0, size(r.evidenceExcerpts) - 1) | {
        excerpt: r.evidenceExcerpts[i], inferred: r.evidenceInferred[i], reason: r.evidenceReasons[i],
        document: head(COLLECT { MATCH (d:Document {id: r.evidenceDocuments[i]}) RETURN d.title })
      }],
      partners: COLLECT {
        MATCH (o)-[p:PARTNERS_WITH]-(x) RETURN {context: p.context, id: x.id, name: x.name} ORDER BY x.name, x.id LIMIT 10
      },
      people: COLLECT {
        MATCH (o)<-[h:HOLDS_ROLE]-(p:Person)
        WITH p, h ORDER BY p.name, p.id LIMIT 10
        RETURN {title: h.title, name: p.name, quotes: COLLECT {
          MATCH (p)-[:SAID]->(q:Quote)
          WITH q ORDER BY q.name, q.id LIMIT 10
          RETURN {text: q.text, documents: COLLECT {
            MATCH (q)-[:QUOTED_IN]->(d:Document)
            RETURN {title: d.title, publishedOn: d.publishedOn} ORDER BY d.name, d.id LIMIT 5
          }}
        }}
      }
    }
  }
} AS result`;

export const OPERATIONS: Operation[] = [
  {
    name: 'node',
    description: 'keyed lookup: an organisation by id',
    ours: `query($id: ID!) { node(id: $id) { id name kind } }`,
    peer: `query($id: ID!) { organisations(where: { id: { eq: $id } }) { id name } }`,
    cypher: `MATCH (n:Node {id: $id}) RETURN {id: n.id, name: n.name, kind: head([l IN labels(n) WHERE l <> 'Node'])} AS result`,
    samples: (size) => spread(countsFor(size).Organisation).map((i) => ({ id: idOf(L.Organisation, i) })),
  },
  {
    name: 'municipality',
    description:
      'a municipality with its nominator (and evidence), partners, and its people with their quotes',
    ours: `query($id: ID!) { municipality(id: $id) { id name
      nominatedBy { node { id name } evidence { excerpt } }
      partners { context node { id name } }
      people { title node { id name quotes { node { id text } } } } } }`,
    peer: `query($id: ID!) { municipalities(where: { id: { eq: $id } }) { id name
      nominatedByConnection(first: 20) { edges { properties { evidenceExcerpts } node { id name } } }
      partnersConnection(first: 20) { edges { properties { context } node {
        ... on Organisation { id name } ... on Municipality { id name } ... on Region { id name } } } }
      peopleConnection(first: 20) { edges { properties { title } node { id name quotes(limit: 20) { id text } } } } } }`,
    cypher: `
MATCH (m:Municipality {id: $id})
RETURN {
  id: m.id, name: m.name,
  nominatedBy: COLLECT {
    MATCH (m)-[r:NOMINATED_BY]->(o:Organisation)
    RETURN {id: o.id, name: o.name, excerpts: r.evidenceExcerpts} ORDER BY o.name, o.id LIMIT 20
  },
  partners: COLLECT {
    MATCH (m)-[r:PARTNERS_WITH]-(p) WHERE p:Organisation OR p:Municipality OR p:Region
    RETURN {id: p.id, name: p.name, context: r.context} ORDER BY p.name, p.id LIMIT 20
  },
  people: COLLECT {
    MATCH (m)<-[r:HOLDS_ROLE]-(p:Person)
    WITH p, r ORDER BY p.name, p.id LIMIT 20
    RETURN {id: p.id, name: p.name, title: r.title, quotes: COLLECT {
      MATCH (p)-[:SAID]->(q:Quote) RETURN {id: q.id, text: q.text} ORDER BY q.name, q.id LIMIT 20
    }}
  }
} AS result`,
    samples: (size) => spread(countsFor(size).Municipality).map((i) => ({ id: idOf(L.Municipality, i) })),
  },
  {
    name: 'organisations',
    description: 'the first page (20) of organisations by name, with totalCount',
    ours: `{ organisations(first: 20) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }`,
    peer: `{ organisationsConnection(first: 20, sort: [{ name: ASC }, { id: ASC }]) {
      totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }`,
    cypher: `
CALL () { MATCH (o:Organisation) RETURN count(o) AS total }
CALL () {
  MATCH (o:Organisation) WHERE o.name IS NOT NULL AND o.id IS NOT NULL // lets the (name, id) index give the order
  WITH o ORDER BY o.name, o.id LIMIT 21
  RETURN collect({id: o.id, name: o.name}) AS page
}
RETURN {total: total, page: page[..20], hasNextPage: size(page) > 20} AS result`,
    samples: () => [{}],
  },
  {
    name: 'neighbourhood',
    description:
      'depth-2 neighbourhood of a municipality: up to 200 nodes, nearest first, and the edges among them',
    ours: `query($id: ID!) { neighbourhood(id: $id, depth: 2) { truncated nodes { id name } edges { from to type } } }`,
    peer: `query($id: ID!) { neighbourhood(id: $id) { nodes { id name } edges { from to type } } }`,
    cypher: NEIGHBOURHOOD,
    samples: (size) => spread(countsFor(size).Municipality, 3).map((i) => ({ id: idOf(L.Municipality, i) })),
  },
  {
    name: 'shortestPath',
    description: 'a shortest path (≤ 6 hops, any type, either way) between two municipalities',
    ours: `query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { length nodes { id name } edges { from to type } } }`,
    peer: `query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { length nodes { id name } edges { from to type } } }`,
    cypher: SHORTEST_PATH,
    samples: (size) => {
      const n = countsFor(size).Municipality;
      return spread(n, 5).map((i, k) => ({
        from: idOf(L.Municipality, i),
        to: idOf(L.Municipality, (i + 1 + k * 31) % n),
      }));
    },
  },
  {
    name: 'search',
    description: 'full-text search (Dutch analyzer), best 20: a theme word or a place name',
    ours: `query($text: String!) { search(text: $text, first: 20) { score node { id name } } }`,
    peer: `query($text: String!) { search(text: $text) { id name score } }`,
    cypher: SEARCH,
    samples: (size, seed) => {
      const themes = [
        'jeugdhulp',
        'mantelzorg',
        'dementie',
        'schuldhulp',
        'eenzaamheid',
        'vrijwilligerswerk',
      ];
      const places = spread(countsFor(size).Municipality, 11).map((i) => nameOf(seed, L.Municipality, i));
      return places.map((place, k) => ({ text: k % 2 ? place : themes[k % themes.length] }));
    },
  },
  {
    name: 'walkthrough',
    description:
      'examples/delft-walkthrough.graphql as written (Delft of the corpus, in the synthetic graph)',
    ours: WALKTHROUGH,
    cypher: WALKTHROUGH_CYPHER,
    samples: () => [{ id: 'municipality:delft' }],
  },
];
