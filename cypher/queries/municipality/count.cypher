// How many municipalities match the filters of page.cypher (its totalCount).
MATCH (n:Municipality)
WHERE ($seeRestricted OR NOT coalesce(n.restricted, false))
  AND ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains))
  AND ($awardYear IS NULL OR EXISTS { (n)-[:RECEIVED]->(:Award {year: $awardYear}) })
  AND ($theme IS NULL OR EXISTS { (n)<-[:LOCATED_IN]-(:Programme)-[:CONCERNS]->(:Theme {id: $theme}) })
  AND ($region IS NULL OR EXISTS { (n)-[:MEMBER_OF]->(:Region {id: $region}) })
RETURN count(n) AS total
