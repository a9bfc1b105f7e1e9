// Nodes by id for the per-request DataLoader: one round trip for any number of ids.
// What it returns of each node is cypher/fragments/node-fields, as for every read of nodes.
UNWIND $ids AS id
MATCH (n:Node {id: id})
WHERE $seeRestricted OR NOT coalesce(n.restricted, false)
RETURN id, n {
  {{NODE_FIELDS:n}}
} AS node
