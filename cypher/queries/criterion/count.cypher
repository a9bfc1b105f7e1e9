// How many criteria match the filters of page.cypher (its totalCount), counted without collecting them.
MATCH (n:Criterion)
WHERE ($seeRestricted OR NOT coalesce(n.restricted, false))
  AND ($textContains IS NULL OR toLower(n.text) CONTAINS toLower($textContains))
RETURN count(n) AS total
