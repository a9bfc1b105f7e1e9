// A page of municipalities by name ({{ORDER}}), after the keyset cursor ($afterName, $afterId).
// Every filter is optional (null: not applied), and follows only relationships and nodes the
// viewer may see, so a restricted fact never shows through a filter. Returns $limit rows (the API asks one extra).
MATCH (n:Municipality)
WHERE ($seeRestricted OR NOT coalesce(n.restricted, false))
  AND ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains))
  AND ($awardYear IS NULL OR EXISTS {
    MATCH (n)-[r:RECEIVED]->(a:Award {year: $awardYear})
    WHERE $seeRestricted OR NOT any(x IN [r, a] WHERE coalesce(x.restricted, false))
  })
  AND ($theme IS NULL OR EXISTS {
    MATCH (n)<-[r1:LOCATED_IN]-(p:Programme)-[r2:CONCERNS]->(t:Theme {id: $theme})
    WHERE $seeRestricted OR NOT any(x IN [r1, p, r2, t] WHERE coalesce(x.restricted, false))
  })
  AND ($region IS NULL OR EXISTS {
    MATCH (n)-[r:MEMBER_OF]->(g:Region {id: $region})
    WHERE $seeRestricted OR NOT any(x IN [r, g] WHERE coalesce(x.restricted, false))
  })
  AND ($afterName IS NULL OR [n.name, n.id] {{AFTER}} [$afterName, $afterId])
RETURN n {.*, label: 'Municipality'} AS node
ORDER BY n.name {{ORDER}}, n.id {{ORDER}}
LIMIT $limit
