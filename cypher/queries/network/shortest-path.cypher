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
// Always one row: whether each end exists for this viewer (NOT_FOUND otherwise) and the path, or
// nulls when none is short enough. Among equally short paths Neo4j picks one; allShortestPaths
// lists them all in a stable order.
//
// The types are literals (`{{TYPES}}` is `:A|B`, filled by the query registry from the
// RelationshipType enum); evidence lists and long texts come only when asked ($nodeEvidence,
// $nodeTexts, $edgeEvidence).
OPTIONAL MATCH (a:Node {id: $from})
WHERE $seeRestricted OR NOT coalesce(a.restricted, false)
OPTIONAL MATCH (b:Node {id: $to})
WHERE $seeRestricted OR NOT coalesce(b.restricted, false)
OPTIONAL MATCH p = shortestPath((a)-[rels{{TYPES}}*1..8]-(b))
WHERE all(r IN rels WHERE $seeRestricted OR NOT coalesce(r.restricted, false))
  AND all(x IN nodes(p) WHERE $seeRestricted OR NOT coalesce(x.restricted, false))
WITH a, b, CASE WHEN length(p) <= $maxLength THEN p END AS p
RETURN
  a IS NOT NULL AS fromFound,
  b IS NOT NULL AS toFound,
  [x IN nodes(p) | x {
    {{NODE_FIELDS:x}}
  }] AS nodes,
  [r IN relationships(p) | r {
    .key, .year, .title, .context, .restricted,
    type: type(r), from: startNode(r).id, to: endNode(r).id,
    evidence: CASE WHEN $edgeEvidence THEN r {
      {{EVIDENCE:r}}
    } END
  }] AS edges
