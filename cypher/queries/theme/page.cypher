// A page of themes by name ({{ORDER}}), after the keyset cursor ($afterName, $afterId).
// Every filter is optional (null: not applied); restricted nodes only for viewers who may see them.
// Returns $limit rows (the API asks one extra).
MATCH (n:Theme)
WHERE ($seeRestricted OR NOT coalesce(n.restricted, false))
  AND ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains))
  AND ($afterName IS NULL OR [n.name, n.id] {{AFTER}} [$afterName, $afterId])
RETURN n {.*, label: 'Theme'} AS node
ORDER BY n.name {{ORDER}}, n.id {{ORDER}}
LIMIT $limit
