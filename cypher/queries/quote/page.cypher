// A page of quotes by name ({{ORDER}}), after the keyset cursor ($afterName, $afterId).
// Every filter is optional (null: not applied), and follows only relationships and nodes the viewer
// may see, so a restricted fact never shows through a filter. Returns $limit rows (the API asks one extra).
MATCH (n:Quote)
WHERE ($seeRestricted OR NOT coalesce(n.restricted, false))
  AND ($textContains IS NULL OR toLower(n.text) CONTAINS toLower($textContains))
  AND ($theme IS NULL OR EXISTS {
    MATCH (n)-[r:CONCERNS]->(t:Theme {id: $theme})
    WHERE $seeRestricted OR NOT any(x IN [r, t] WHERE coalesce(x.restricted, false))
  })
  AND ($speaker IS NULL OR EXISTS {
    MATCH (n)<-[r:SAID]-(s:Person {id: $speaker})
    WHERE $seeRestricted OR NOT any(x IN [r, s] WHERE coalesce(x.restricted, false))
  })
  AND ($document IS NULL OR EXISTS {
    MATCH (n)-[r:QUOTED_IN]->(d:Document {id: $document})
    WHERE $seeRestricted OR NOT any(x IN [r, d] WHERE coalesce(x.restricted, false))
  })
  AND ($afterName IS NULL OR [n.name, n.id] {{AFTER}} [$afterName, $afterId])
RETURN n {.*, label: 'Quote'} AS node
ORDER BY n.name {{ORDER}}, n.id {{ORDER}}
LIMIT $limit
