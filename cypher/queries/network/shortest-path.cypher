// One shortest path between two nodes, walking relationships either way ("why are these two
// connected?"), only over the types in the name ({{TYPES}}), at most $maxLength hops (1..8).
//
// The legacy shortestPath() runs a bidirectional breadth-first search. Its upper bound must be a
// literal, so it is the API's maximum (8) and `length(p) <= $maxLength` is checked afterwards: the
// path found is a shortest one, so when it is too long no shorter one exists. Type and visibility
// are `all(...)` predicates in the shortestPath WHERE, which Neo4j evaluates during the search
// (no exhaustive fallback), so for a viewer without $seeRestricted it finds the shortest *public*
// path: no restricted relationship, no restricted node on the way (or at either end).
//
// Those checks read `restricted` at every step of the search and more than doubled its cost (at 1M
// nodes, 64 municipality pairs one after another: 6.8–8.8 ms each with them, 3.0 ms this way, the
// raw driver's unchecked search 2.7–4.3 ms). So the search runs without them
// first; a shortest path that turns out wholly visible is a shortest visible path (no visible path
// can be shorter than the shortest of all), and only when it is not does the checked search run.
//
// Always one row: whether each end exists for this viewer (NOT_FOUND otherwise) and the path, or
// nulls when none is short enough. Among equally short paths Neo4j picks one; allShortestPaths
// lists them all in a stable order.
//
// The types are literals (`{{TYPES}}` is `:A|B`, filled by the query registry from the
// RelationshipType enum). The nodes and relationships along a path are projected for the client's
// selection by the compiler (`{{NODE:nodes:x}}`, `{{EDGE:edges:r}}`, src/graph/compile/walk.ts).
OPTIONAL MATCH (a:Node {id: $from})
WHERE {{VISIBLE:a}}
OPTIONAL MATCH (b:Node {id: $to})
WHERE {{VISIBLE:b}}
OPTIONAL MATCH any = shortestPath((a)-[{{TYPES}}*1..8]-(b))
WITH a, b, any, {{ALL_VISIBLE:relationships(any), nodes(any)}} AS visible
OPTIONAL CALL (a, b, any, visible) {
  WITH a, b WHERE any IS NOT NULL AND NOT visible
  MATCH p = shortestPath((a)-[rels{{TYPES}}*1..8]-(b))
  WHERE {{UNRESTRICTED:rels, nodes(p)}}
  RETURN p AS checked
}
WITH a, b, CASE WHEN visible THEN any ELSE checked END AS p
WITH a, b, CASE WHEN length(p) <= $maxLength THEN p END AS p
RETURN
  a IS NOT NULL AS fromFound,
  b IS NOT NULL AS toFound,
  [x IN nodes(p) | {{NODE:nodes:x}}] AS nodes,
  [r IN relationships(p) | {{EDGE:edges:r}}] AS edges
