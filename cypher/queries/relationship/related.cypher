// The relationships of many nodes at once (per-request DataLoader): of the types and direction in
// the name (`{{TYPES}}` is `:A|B`, `{{IN}}`/`{{OUT}}` the arrow heads, filled by the query registry
// from the RelationshipType enum: a literal type reads only its own relationships of a hub, where
// `type(r) IN $types` expands them all), to nodes of the given kinds; ordered by the other node's
// name, then id and key; at most $limit per node, after the keyset cursor ($afterName, $afterId,
// $afterKey) if any. Evidence lists and long texts only when asked ($edgeEvidence, $nodeEvidence,
// $nodeTexts): they are most of the bytes, and most requests select neither.
UNWIND $ids AS id
MATCH (n:Node {id: id}){{IN}}-[r{{TYPES}}]-{{OUT}}(m:Node)
WHERE any(label IN labels(m) WHERE label IN $labels)
  AND ($seeRestricted OR NOT (coalesce(r.restricted, false) OR coalesce(m.restricted, false)))
  AND ($afterName IS NULL OR [m.name, m.id, r.key] > [$afterName, $afterId, $afterKey])
WITH id, n, r, m
ORDER BY m.name, m.id, r.key
WITH id, collect({
  rel: r {
    .key, .year, .title, .context, .restricted,
    type: type(r),
    direction: CASE WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END,
    evidence: CASE WHEN $edgeEvidence THEN r {
      {{EVIDENCE:r}}
    } END
  },
  node: m {
    {{NODE_FIELDS:m}}
  }
})[..$limit] AS items
RETURN id, items
