// A page of municipalities by name ({{ORDER}}), after the keyset cursor ($afterName, $afterId).
// Every filter is optional (null: not applied). Returns $limit rows (the API asks one extra).
MATCH (n:Municipality)
WHERE ($seeRestricted OR NOT coalesce(n.restricted, false))
  AND ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains))
  AND ($awardYear IS NULL OR EXISTS { (n)-[:RECEIVED]->(:Award {year: $awardYear}) })
  AND ($theme IS NULL OR EXISTS { (n)<-[:LOCATED_IN]-(:Programme)-[:CONCERNS]->(:Theme {id: $theme}) })
  AND ($region IS NULL OR EXISTS { (n)-[:MEMBER_OF]->(:Region {id: $region}) })
  AND ($afterName IS NULL OR [n.name, n.id] {{AFTER}} [$afterName, $afterId])
RETURN n {.*, label: 'Municipality'} AS node
ORDER BY n.name {{ORDER}}, n.id {{ORDER}}
LIMIT $limit
