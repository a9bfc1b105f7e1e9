// How many programmes match the filters of page.cypher (its totalCount), counted without collecting them.
MATCH (n:Programme)
WHERE ($seeRestricted OR NOT coalesce(n.restricted, false))
  AND ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains))
  AND ($programmeKind IS NULL OR n.kind = $programmeKind)
  AND ($municipality IS NULL OR EXISTS {
    MATCH (n)-[r:LOCATED_IN]->(m:Municipality|Region {id: $municipality})
    WHERE $seeRestricted OR NOT any(x IN [r, m] WHERE coalesce(x.restricted, false))
  })
  AND ($theme IS NULL OR EXISTS {
    MATCH (n)-[r:CONCERNS]->(t:Theme {id: $theme})
    WHERE $seeRestricted OR NOT any(x IN [r, t] WHERE coalesce(x.restricted, false))
  })
RETURN count(n) AS total
