// How many relationships related.cypher would page through, per node, without collecting them.
UNWIND $ids AS id
MATCH (n:Node {id: id})-[r]-(m:Node)
WHERE type(r) IN $types
  AND ($direction = 'BOTH' OR ($direction = 'OUT') = (startNode(r) = n))
  AND any(label IN labels(m) WHERE label IN $labels)
  AND ($seeRestricted OR NOT (coalesce(r.restricted, false) OR coalesce(m.restricted, false)))
RETURN id, count(r) AS total
