// Analytics: how large a projection would be, before it is read into the service's memory: the
// nodes of the kinds in $labels and the relationships of the types (`{{TYPES}}`, literals filled by
// the query registry from the allow-list, so Neo4j answers the relationship count from its count
// store in milliseconds; a type given as a parameter made it read every relationship, 10 s at 1M).
// An upper bound of what the topology read returns (it also drops relationships to other kinds and
// restricted facts), which is what a memory bound needs. A label or type appears once in the lists.
//
// `seq` and the two totals are the graph's version, which the projection cache is keyed by
// (src/analytics/projection-cache.ts): every write through the service takes the next number of the
// change sequence (curation/audit.cypher), and a load or reseed changes the totals.
CALL () {
  UNWIND $labels AS label
  CALL (label) {
    MATCH (n:$(label))
    RETURN count(n) AS count
  }
  RETURN sum(count) AS nodes
}
CALL () {
  MATCH ()-[r{{TYPES}}]->()
  RETURN count(r) AS relationships
}
OPTIONAL MATCH (s:ChangeSequence {name: 'graph'})
CALL () {
  MATCH (n)
  RETURN count(n) AS allNodes
}
CALL () {
  MATCH ()-[r]->()
  RETURN count(r) AS allRelationships
}
RETURN nodes, relationships, coalesce(s.value, 0) AS seq, allNodes, allRelationships
