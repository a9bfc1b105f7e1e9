// Whether related.cypher has a relationship at or before the keyset cursor ($afterName, $afterId,
// $afterKey), per node: the one the cursor was taken from, or any it would list before it
// (pageInfo.hasPreviousPage of a page of neighbours; `{{TYPES}}`, `{{IN}}` and `{{OUT}}` as there).
// EXISTS stops at the first it finds.
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, EXISTS {
  MATCH (n){{IN}}-[r{{TYPES}}]-{{OUT}}(m:Node)
  WHERE any(label IN labels(m) WHERE label IN $labels)
    AND ($seeRestricted OR NOT (coalesce(r.restricted, false) OR coalesce(m.restricted, false)))
    AND [m.name, m.id, r.key] <= [$afterName, $afterId, $afterKey]
} AS precedes
