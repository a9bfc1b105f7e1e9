// Analytics projection, relationships: every relationship of the types in $types whose two ends are
// of the kinds in $labels, in key order, as stored (from → to), with its properties and its evidence
// as the viewer may see it. For a viewer without $seeRestricted no restricted relationship, and none
// touching a restricted node, is returned. `recordedOn` is the date it was recorded: its createdAt,
// or, for a seeded relationship (the seed writes none), the later of its ends' (the seed load: it
// cannot have been recorded before both ends were).
//
// The types are literals (`{{TYPES}}` is `:A|B`, filled by the query registry from $types' values,
// allow-listed), so Neo4j reads the relationships of those types only, not every relationship.
MATCH (a:Node)-[r{{TYPES}}]->(b:Node)
WHERE any(label IN labels(a) WHERE label IN $labels)
  AND any(label IN labels(b) WHERE label IN $labels)
  AND {{VISIBLE:r, a, b}}
RETURN
  r.key AS key,
  type(r) AS type,
  a.id AS source,
  b.id AS target,
  r.year AS year,
  r.title AS title,
  r.context AS context,
  coalesce(r.restricted, false) AS restricted,
  {{EVIDENCE:r}} AS evidence,
  toString(date(coalesce(r.createdAt,
    CASE WHEN a.createdAt IS NULL THEN b.createdAt
         WHEN b.createdAt IS NULL OR a.createdAt >= b.createdAt THEN a.createdAt
         ELSE b.createdAt END))) AS recordedOn
ORDER BY key
