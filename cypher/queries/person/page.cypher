// A page of people by name ({{ORDER}}), after the keyset cursor ($afterName, $afterId).
// Every filter is optional (null: not applied), and follows only relationships and nodes the viewer
// may see, so a restricted fact never shows through a filter. Returns $limit rows (the API asks one extra).
// The (name, id) index gives the order, so only $limit rows are read (after a seek to the cursor), not
// every node sorted: it is used only when both properties are known non-null, and a seek needs a
// bound that is never null, so `edge` (the first name in this order) stands in before the first page.
// Only what the node fields read is returned (cypher/fragments/node-fields); evidence and long texts only when
// asked ($nodeEvidence, $nodeTexts; src/graph/common/projection.ts).
CALL () {
  MATCH (m:Person) WHERE m.name IS NOT NULL AND m.id IS NOT NULL
  RETURN m.name AS edge ORDER BY m.name {{ORDER}}, m.id {{ORDER}} LIMIT 1
}
CALL (edge) {
  MATCH (n:Person)
  WHERE n.name {{AFTER}}= coalesce($afterName, edge) AND n.id IS NOT NULL
    AND ($seeRestricted OR NOT coalesce(n.restricted, false))
    AND ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains))
    AND ($organisation IS NULL OR EXISTS {
      MATCH (n)-[r:HOLDS_ROLE]->(o:Organisation {id: $organisation})
      WHERE $seeRestricted OR NOT any(x IN [r, o] WHERE coalesce(x.restricted, false))
    })
    AND ($municipality IS NULL OR EXISTS {
      MATCH (n)-[r:HOLDS_ROLE]->(m:Municipality|Region {id: $municipality})
      WHERE $seeRestricted OR NOT any(x IN [r, m] WHERE coalesce(x.restricted, false))
    } OR EXISTS {
      // A role at an organisation located in it, (o)-[:LOCATED_IN]->(m), or that nominated it, (m)-[:NOMINATED_BY]->(o).
      MATCH (n)-[r1:HOLDS_ROLE]->(o:Organisation)-[r2:LOCATED_IN|NOMINATED_BY]-(m:Municipality|Region {id: $municipality})
      WHERE $seeRestricted OR NOT any(x IN [r1, o, r2, m] WHERE coalesce(x.restricted, false))
    })
    AND ($afterName IS NULL OR [n.name, n.id] {{AFTER}} [$afterName, $afterId])
  RETURN n ORDER BY n.name {{ORDER}}, n.id {{ORDER}} LIMIT $limit
}
RETURN n {
  {{NODE_FIELDS:n}}
} AS node
ORDER BY n.name {{ORDER}}, n.id {{ORDER}}
