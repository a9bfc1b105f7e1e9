// A page of documents by name ({{ORDER}}), after the keyset cursor ($afterName, $afterId).
// Every filter is optional (null: not applied); restricted nodes only for viewers who may see them.
// Returns $limit rows (the API asks one extra).
// The text is left out (null) so lists stay light; the API fetches it on demand (document/texts).
MATCH (n:Document)
WHERE ($seeRestricted OR NOT coalesce(n.restricted, false))
  AND ($titleContains IS NULL OR toLower(n.title) CONTAINS toLower($titleContains))
  AND ($documentKind IS NULL OR n.kind = $documentKind)
  AND ($afterName IS NULL OR [n.name, n.id] {{AFTER}} [$afterName, $afterId])
RETURN n {.*, label: 'Document', text: null, restrictedText: null} AS node
ORDER BY n.name {{ORDER}}, n.id {{ORDER}}
LIMIT $limit
