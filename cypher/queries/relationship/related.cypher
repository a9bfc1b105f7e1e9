// The relationships of many nodes at once (per-request DataLoader): of the given types, in the
// given direction, to nodes of the given kinds; ordered by the other node's name, then id and key;
// at most $limit per node, after the keyset cursor ($afterName, $afterId, $afterKey) if any.
UNWIND $ids AS id
MATCH (n:Node {id: id})-[r]-(m:Node)
WHERE type(r) IN $types
  AND ($direction = 'BOTH' OR ($direction = 'OUT') = (startNode(r) = n))
  AND any(label IN labels(m) WHERE label IN $labels)
  AND ($seeRestricted OR NOT (coalesce(r.restricted, false) OR coalesce(m.restricted, false)))
  AND ($afterName IS NULL OR [m.name, m.id, r.key] > [$afterName, $afterId, $afterKey])
WITH id, n, r, m
ORDER BY m.name, m.id, r.key
WITH id, collect({
  rel: r {.*, type: type(r), direction: CASE WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END},
  node: m {
    .*,
    label: head([l IN labels(m) WHERE l <> 'Node']),
    text: CASE WHEN m:Document THEN null ELSE m.text END,
    restrictedText: null
  }
})[..$limit] AS items
RETURN id, items
