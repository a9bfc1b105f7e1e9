// How many relationships related.cypher would page through, per node, without collecting them
// (`{{TYPES}}`, `{{IN}}` and `{{OUT}}` as there).
UNWIND $ids AS id
MATCH (n:Node {id: id}){{IN}}-[r{{TYPES}}]-{{OUT}}(m:Node)
WHERE any(label IN labels(m) WHERE label IN $labels)
  AND ($seeRestricted OR NOT (coalesce(r.restricted, false) OR coalesce(m.restricted, false)))
RETURN id, count(r) AS total
