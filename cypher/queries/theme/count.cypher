// How many themes match the filters of page.cypher (its totalCount), counted without collecting them.
MATCH (n:Theme)
WHERE ($seeRestricted OR NOT coalesce(n.restricted, false))
  AND ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains))
RETURN count(n) AS total
