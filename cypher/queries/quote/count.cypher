// How many quotes match the filters of page.cypher (its totalCount), counted without collecting them.
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
RETURN count(n) AS total
