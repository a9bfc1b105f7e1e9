// The evidence lists of relationships, by key, that an earlier read of this request left out (see
// Projection in src/graph/common/projection.ts). A key starts with the ids of its two ends
// (`from|TYPE|to[|…]`, the two ids in either order for a symmetric type), so each is an index seek
// on both ends and an expand between them.
UNWIND $keys AS key
WITH key, split(key, '|') AS parts
MATCH (:Node {id: parts[0]})-[r]-(:Node {id: parts[2]})
WHERE r.key = key
RETURN key, r {
  {{EVIDENCE:r}}
} AS evidence
