// Curation: remove the relationship of this type with this key; no row back when there is none.
MATCH (a)-[r:$($type) {key: $key}]->(b)
WITH r, a.id AS from, b.id AS to, type(r) AS type
DELETE r
RETURN from, to, type
