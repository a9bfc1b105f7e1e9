// Streamed export, relationships: projection-edges without its ORDER BY (see stream-nodes). The
// types are literals (`{{TYPES}}`, filled by the query registry from the allow-list).
MATCH (a:Node)-[r{{TYPES}}]->(b:Node)
WHERE any(label IN labels(a) WHERE label IN $labels)
  AND any(label IN labels(b) WHERE label IN $labels)
  AND ($seeRestricted OR NOT (
    coalesce(r.restricted, false) OR coalesce(a.restricted, false) OR coalesce(b.restricted, false)))
RETURN
  r.key AS key,
  type(r) AS type,
  a.id AS source,
  b.id AS target,
  r.year AS year,
  r.title AS title,
  r.context AS context,
  coalesce(r.restricted, false) AS restricted,
  r.evidenceDocuments AS evidenceDocuments,
  r.evidenceExcerpts AS evidenceExcerpts,
  r.evidenceInferred AS evidenceInferred,
  r.evidenceReasons AS evidenceReasons,
  r.evidenceRestricted AS evidenceRestricted
