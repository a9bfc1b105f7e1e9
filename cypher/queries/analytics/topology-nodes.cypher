// Analytics topology, nodes: every node of the kinds in $labels that the viewer may see, as columns
// (a few records of up to $chunk values each, per kind) rather than a record per node: at 1M nodes
// a record each made the driver's per-record work the largest cost of the read. `handles` are
// Neo4j's internal ids, valid within this transaction only: the relationships of the same
// transaction (topology-edges.cypher) name their ends by them, so no id string is read twice.
// `programmeKinds` is a programme's kind (what similarity compares), null for the other kinds.
MATCH (n:Node)
WHERE any(label IN labels(n) WHERE label IN $labels)
  AND {{VISIBLE:n}}
WITH head([label IN labels(n) WHERE label <> 'Node']) AS kind, n
WITH kind,
  collect(id(n)) AS handles,
  collect(n.id) AS ids,
  collect(n.name) AS names,
  collect(CASE WHEN kind = 'Programme' THEN n.kind END) AS programmeKinds
UNWIND range(0, size(ids) - 1, $chunk) AS at
RETURN
  kind,
  handles[at..at + $chunk] AS handles,
  ids[at..at + $chunk] AS ids,
  names[at..at + $chunk] AS names,
  programmeKinds[at..at + $chunk] AS programmeKinds
