// Every shortest path between two nodes (all of the same, minimal length), walking relationships
// either way, only over the types in the name ({{TYPES}}), at most $maxLength hops (1..8); the first $limit in a
// stable order (by the ids of the nodes along the path, then the keys of its relationships).
//
// As in shortest-path.cypher: allShortestPaths() with the API's maximum as its literal bound,
// `length(p) <= $maxLength` checked afterwards (all paths found share the minimal length), and the
// type and visibility predicates inside the WHERE so the search itself never uses a restricted
// relationship or node for a viewer without $seeRestricted.
//
// Always one row: whether each end exists for this viewer, and the list of paths (empty if none).
//
// The types are literals (`{{TYPES}}` is `:A|B`, filled by the query registry from the
// RelationshipType enum). The nodes and relationships along a path are projected for the client's
// selection by the compiler (`{{NODE:nodes:x}}`, `{{EDGE:edges:r}}`, src/graph/compile/walk.ts).
OPTIONAL MATCH (a:Node {id: $from})
WHERE {{VISIBLE:a}}
OPTIONAL MATCH (b:Node {id: $to})
WHERE {{VISIBLE:b}}
// As in shortest-path, the search runs without the visibility checks first: when some of the
// shortest paths of all are wholly visible, they are exactly the shortest visible ones (no visible
// path is shorter); only when none is does the checked search run.
OPTIONAL MATCH any = allShortestPaths((a)-[{{TYPES}}*1..8]-(b))
WITH a, b, collect(any) AS found
WITH a, b, found, [p IN found WHERE {{ALL_VISIBLE:relationships(p), nodes(p)}}] AS visible
OPTIONAL CALL (a, b, found, visible) {
  WITH a, b WHERE size(found) > 0 AND size(visible) = 0
  MATCH p = allShortestPaths((a)-[rels{{TYPES}}*1..8]-(b))
  WHERE {{UNRESTRICTED:rels, nodes(p)}}
  RETURN collect(p) AS checked
}
WITH a, b, CASE WHEN size(visible) > 0 THEN visible ELSE coalesce(checked, []) END AS paths
// One row even without a path: the ends' existence is the answer then.
UNWIND CASE WHEN size(paths) = 0 THEN [null] ELSE paths END AS p
WITH a, b, CASE WHEN length(p) <= $maxLength THEN p END AS p
ORDER BY [x IN nodes(p) | x.id], [r IN relationships(p) | r.key]
WITH a, b, collect(p)[..$limit] AS paths
RETURN
  a IS NOT NULL AS fromFound,
  b IS NOT NULL AS toFound,
  [p IN paths | {
    nodes: [x IN nodes(p) | {{NODE:nodes:x}}],
    edges: [r IN relationships(p) | {{EDGE:edges:r}}]
  }] AS paths
