// How many organisations match the filters of page.cypher (its totalCount), counted without collecting them.
MATCH (n:Organisation)
WHERE ($seeRestricted OR NOT coalesce(n.restricted, false))
  AND ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains))
  AND ($type IS NULL OR n.type = $type)
  AND ($municipality IS NULL OR EXISTS {
    // The model fixes the directions: (n)-[:LOCATED_IN]->(m), (m)-[:NOMINATED_BY]->(n), PARTNERS_WITH either way.
    MATCH (n)-[r:LOCATED_IN|NOMINATED_BY|PARTNERS_WITH]-(m:Municipality|Region {id: $municipality})
    WHERE $seeRestricted OR NOT any(x IN [r, m] WHERE coalesce(x.restricted, false))
  })
  AND ($theme IS NULL OR EXISTS {
    MATCH (n)-[r1:RUNS]->(p:Programme)-[r2:CONCERNS]->(t:Theme {id: $theme})
    WHERE $seeRestricted OR NOT any(x IN [r1, p, r2, t] WHERE coalesce(x.restricted, false))
  })
RETURN count(n) AS total
