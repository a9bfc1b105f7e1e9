// A page of organisations by name ({{ORDER}}), after the keyset cursor ($afterName, $afterId).
// Every filter is optional (null: not applied), and follows only relationships and nodes the viewer
// may see, so a restricted fact never shows through a filter. Returns $limit rows (the API asks one extra).
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
  AND ($afterName IS NULL OR [n.name, n.id] {{AFTER}} [$afterName, $afterId])
RETURN n {.*, label: 'Organisation'} AS node
ORDER BY n.name {{ORDER}}, n.id {{ORDER}}
LIMIT $limit
