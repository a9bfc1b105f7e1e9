// How many award editions match the filters of page.cypher (its totalCount), counted without collecting them.
MATCH (n:Award)
WHERE ($seeRestricted OR NOT coalesce(n.restricted, false))
  AND ($year IS NULL OR n.year = $year)
RETURN count(n) AS total
