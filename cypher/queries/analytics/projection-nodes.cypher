// Analytics projection, nodes: every node of the kinds in $labels, in id order, with the attributes
// the analyses and exports use (never document texts, contact details or other properties). For a
// viewer without $seeRestricted no restricted node is returned. `documents` are the documents of its
// evidence as the viewer may see it, `recordedOn` the date it was recorded (createdAt; for a seeded
// node the seed load): what an export dates it by (document-dates.cypher).
MATCH (n:Node)
WHERE any(label IN labels(n) WHERE label IN $labels)
  AND {{VISIBLE:n}}
RETURN
  n.id AS id,
  n.name AS name,
  head([label IN labels(n) WHERE label <> 'Node']) AS kind,
  coalesce(n.restricted, false) AS restricted,
  CASE WHEN n:Organisation THEN n.type END AS organisationType,
  CASE WHEN n:Programme THEN n.kind END AS programmeKind,
  CASE WHEN n:Award THEN n.year END AS year,
  [e IN {{EVIDENCE:n}} | e.documentId] AS documents,
  toString(date(n.createdAt)) AS recordedOn
ORDER BY id
