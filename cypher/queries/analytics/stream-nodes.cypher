// Streamed export, nodes: projection-nodes without its ORDER BY, so that Neo4j streams the rows as it
// finds them instead of sorting a whole large graph first (src/analytics/stream-export.ts). The same
// nodes, attributes and visibility rules as projection-nodes.
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
  CASE WHEN n:Award THEN n.year END AS year
