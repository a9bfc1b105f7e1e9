// Streamed export, relationships: projection-edges without its ORDER BY (see stream-nodes). The
// types are literals (`{{TYPES}}`, filled by the query registry from the allow-list).
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
  {{EVIDENCE:r}} AS evidence
