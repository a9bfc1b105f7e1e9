// How many municipalities match the filters of page.cypher (its totalCount).
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
RETURN count(n) AS total
