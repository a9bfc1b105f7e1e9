// The neighbourhood of one node, as NetworkX's ego_graph: every node within $depth hops (1..3) and
// every relationship among them (the induced subgraph). Walks follow relationships both ways, only
// of the types in the name ({{TYPES}}) and only through nodes of the kinds in $labels (the start node is always
// included). For a viewer without $seeRestricted no walk uses a restricted relationship or passes
// through (or ends at) a restricted node, and no restricted relationship is returned.
//
// Plan. Cypher 5 does not take a parameter as the bound of a variable-length pattern, so each depth
// is its own branch with a literal quantifier, guarded by `WHERE $depth = k`: the guard is a filter
// on a parameter, evaluated before the branch, so only one branch runs and the walk goes no deeper
// than asked. Each branch is `ANY SHORTEST` from the start with the type, kind and visibility
// predicates inside the quantified pattern: Neo4j runs it as one breadth-first StatefulShortestPath
// with the predicates inlined, yielding every reachable node once, with its distance. (A fixed
// `*1..3` filtered by `length(p) <= $depth` always expands three levels and enumerates every trail:
// from Delft at depth 3 about 7,300 paths and 65,000 db hits, against 8,400 hits here.)
//
// The nodes are ordered by (distance, name, id) and cut at $limit; the edges are the visible
// relationships of the allowed types between kept nodes, each found once from its start node,
// ordered by key and cut at $edgeLimit. No row when the start node is missing or invisible.
//
// $allKinds says $labels holds every kind (no kinds asked): the check of each node's labels is
// skipped then, as the visibility rule skips its checks for a researcher. Measured at 1M nodes on a
// depth-2 walk from a hub (5,615 nodes reached): 49k db hits and 33 ms with the labels read for
// every step, 38k and 26 ms without (the raw Cypher without any check: 20k and 18 ms).
//
// The types are literals (`{{TYPES}}` is `:A|B`, filled by the query registry from the
// RelationshipType enum), which narrow each expand to those relationships. The nodes and edges
// kept are projected for the client's selection by the compiler (`{{NODE:nodes:n}}`,
// `{{EDGE:edges:r}}`, src/graph/compile/walk.ts): only what is selected is read, and only of the
// edges returned.
MATCH (s:Node {id: $id})
WHERE {{VISIBLE:s}}
OPTIONAL CALL (s) {
  WITH s WHERE $depth = 1
  MATCH p = ANY SHORTEST (s)(()-[r{{TYPES}}]-(x)
      WHERE {{VISIBLE:r, x}}
        AND ($allKinds OR any(l IN labels(x) WHERE l IN $labels))){1,1}(m)
  RETURN m, length(p) AS distance
  UNION ALL
  WITH s WHERE $depth = 2
  MATCH p = ANY SHORTEST (s)(()-[r{{TYPES}}]-(x)
      WHERE {{VISIBLE:r, x}}
        AND ($allKinds OR any(l IN labels(x) WHERE l IN $labels))){1,2}(m)
  RETURN m, length(p) AS distance
  UNION ALL
  WITH s WHERE $depth = 3
  MATCH p = ANY SHORTEST (s)(()-[r{{TYPES}}]-(x)
      WHERE {{VISIBLE:r, x}}
        AND ($allKinds OR any(l IN labels(x) WHERE l IN $labels))){1,3}(m)
  RETURN m, length(p) AS distance
}
// A walk may come back to the start (s-x-s): the start is listed once, first. (m is null when
// nothing is reachable: that row stays, so the start is still returned.)
WITH s, m, distance
WHERE m IS NULL OR m <> s
// Only the nearest $limit are kept sorted (a top-k, not a sort of all reached: a depth-2 walk
// from a hub at 1M nodes reaches thousands); the start takes one place, and one more says
// whether the list was cut.
ORDER BY distance, m.name, m.id
LIMIT $limit
WITH s, collect(m) AS reached
WITH [s] + reached AS found
WITH found[..$limit] AS kept, size(found) > $limit AS nodesCut
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r{{TYPES}}]->(b)
  WHERE {{VISIBLE:r}}
    AND b IN kept
  WITH r
  ORDER BY r.key
  RETURN collect(r) AS rels
}
RETURN
  [n IN kept | {{NODE:nodes:n}}] AS nodes,
  [r IN rels[..$edgeLimit] | {{EDGE:edges:r}}] AS edges,
  nodesCut OR size(rels) > $edgeLimit AS truncated
