// How many regions match the filters of page.cypher (its totalCount), counted without collecting them.
MATCH (n:Region)
WHERE ($seeRestricted OR NOT coalesce(n.restricted, false))
  AND ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains))
  AND ($awardYear IS NULL OR EXISTS {
    MATCH (n)-[r:RECEIVED]->(a:Award {year: $awardYear})
    WHERE $seeRestricted OR NOT any(x IN [r, a] WHERE coalesce(x.restricted, false))
  })
RETURN count(n) AS total
