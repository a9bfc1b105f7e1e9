// The evidence lists and long texts of nodes that an earlier read of this request left out (see
// Projection in src/graph/common/projection.ts): what the `evidence`, `text` and `description`
// resolvers fall back to, batched like every loader.
UNWIND $ids AS id
MATCH (n:Node {id: id})
WHERE $seeRestricted OR NOT coalesce(n.restricted, false)
RETURN id, n {
  text: CASE WHEN n:Document THEN null ELSE n.text END,
  .description,
  {{EVIDENCE:n}}
} AS details
