// A page of regions by name ({{ORDER}}), after the keyset cursor ($afterName, $afterId).
// Every filter is optional (null: not applied), and follows only relationships and nodes the viewer
// may see, so a restricted fact never shows through a filter. Returns $limit rows (the API asks one extra).
MATCH (n:Region)
WHERE ($seeRestricted OR NOT coalesce(n.restricted, false))
  AND ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains))
  AND ($awardYear IS NULL OR EXISTS {
    MATCH (n)-[r:RECEIVED]->(a:Award {year: $awardYear})
    WHERE $seeRestricted OR NOT any(x IN [r, a] WHERE coalesce(x.restricted, false))
  })
  AND ($afterName IS NULL OR [n.name, n.id] {{AFTER}} [$afterName, $afterId])
RETURN n {.*, label: 'Region'} AS node
ORDER BY n.name {{ORDER}}, n.id {{ORDER}}
LIMIT $limit
