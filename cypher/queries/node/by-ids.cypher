// Nodes by id for the per-request DataLoader: one round trip for any number of ids.
// Document texts are left out here (see document/texts) so lists stay light.
UNWIND $ids AS id
MATCH (n:Node {id: id})
WHERE $seeRestricted OR NOT coalesce(n.restricted, false)
RETURN id, n {
  .*,
  label: head([l IN labels(n) WHERE l <> 'Node']),
  text: CASE WHEN n:Document THEN null ELSE n.text END,
  restrictedText: null
} AS node
