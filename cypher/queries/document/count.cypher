// How many documents match the filters of page.cypher (its totalCount), counted without collecting them.
MATCH (n:Document)
WHERE ($seeRestricted OR NOT coalesce(n.restricted, false))
  AND ($titleContains IS NULL OR toLower(n.title) CONTAINS toLower($titleContains))
  AND ($documentKind IS NULL OR n.kind = $documentKind)
RETURN count(n) AS total
