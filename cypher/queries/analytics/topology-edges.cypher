// Analytics topology, relationships: every relationship of the types `{{TYPES}}` (literals filled by
// the query registry from the allow-list) that is not restricted for the viewer, as columns of its
// ends' internal ids per type (a few records of up to $chunk pairs). The rest of the visibility rule
// and the kinds are applied by the join with topology-nodes.cypher of the same transaction: a
// relationship whose end is not among the visible nodes of the chosen kinds is left out
// (src/analytics/topology.ts). Checked here, the ends' flags and labels were two property reads and
// two label checks per relationship: 6 s of the 1M read against 3 s without.
MATCH (a)-[r{{TYPES}}]->(b)
WHERE {{VISIBLE:r}}
WITH type(r) AS type, collect(id(a)) AS sources, collect(id(b)) AS targets
UNWIND range(0, size(sources) - 1, $chunk) AS at
RETURN type, sources[at..at + $chunk] AS sources, targets[at..at + $chunk] AS targets
