// Analytics: how large a projection would be, before it is read into the service's memory: the
// nodes of the kinds in $labels and the relationships of the types in $types, counted per label and
// per type (each a count-store read, whatever the size of the graph). An upper bound of what
// projection-nodes/-edges return (those also drop relationships to other kinds and restricted
// facts), which is what a memory bound needs. A label or type appears once in the lists.
CALL () {
  UNWIND $labels AS label
  CALL (label) {
    MATCH (n:$(label))
    RETURN count(n) AS count
  }
  RETURN sum(count) AS nodes
}
CALL () {
  UNWIND $types AS type
  CALL (type) {
    MATCH ()-[r:$(type)]->()
    RETURN count(r) AS count
  }
  RETURN sum(count) AS relationships
}
RETURN nodes, relationships
