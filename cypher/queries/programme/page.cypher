// A page of programmes by name ({{ORDER}}), after the keyset cursor ($afterName, $afterId).
// Every filter is optional (null: not applied), and follows only relationships and nodes the viewer
// may see, so a restricted fact never shows through a filter. Returns $limit rows (the API asks one extra).
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
  AND ($afterName IS NULL OR [n.name, n.id] {{AFTER}} [$afterName, $afterId])
RETURN n {.*, label: 'Programme'} AS node
ORDER BY n.name {{ORDER}}, n.id {{ORDER}}
LIMIT $limit
