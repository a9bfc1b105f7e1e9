// count.cypher without filters (the API picks this one when none is given): the count store's count of
// the label, less, for a viewer without $seeRestricted, the restricted ones through the node_restricted
// index (few), instead of reading every node's `restricted`.
MATCH (n:Region)
WITH count(n) AS total
CALL () {
  WITH 1 AS public WHERE NOT $seeRestricted
  MATCH (n:Node:Region) USING INDEX n:Node(restricted)
  WHERE n.restricted = true
  RETURN count(n) AS hidden
}
RETURN total - hidden AS total
