// Curation: apply an update to a node whose write lock this transaction already holds (lock-node),
// only if its version is still the one the editor saw. $props holds the changed properties (null
// removes one); the new evidence is appended to the parallel lists and `restricted` recomputed
// (true when every piece is restricted). No row back: the version moved (CONFLICT).
// Reasons are stored only when one is given (src/model/stored.ts): the stored ones are padded with
// empty reasons to the pieces before the new ones follow, and left out again if all are empty.
MATCH (n:Node {id: $id})
WHERE n.version = $expectedVersion
WITH n, [i IN range(0, size(coalesce(n.evidenceDocuments, [])) - 1) | coalesce(n.evidenceReasons[i], '')]
  + $evidence.evidenceReasons AS reasons
SET n += $props
SET n.evidenceDocuments = coalesce(n.evidenceDocuments, []) + $evidence.evidenceDocuments,
    n.evidenceExcerpts = coalesce(n.evidenceExcerpts, []) + $evidence.evidenceExcerpts,
    n.evidenceInferred = coalesce(n.evidenceInferred, []) + $evidence.evidenceInferred,
    n.evidenceReasons = CASE WHEN any(reason IN reasons WHERE reason <> '') THEN reasons END,
    n.evidenceRestricted = coalesce(n.evidenceRestricted, []) + $evidence.evidenceRestricted
SET n.restricted = all(flag IN n.evidenceRestricted WHERE flag),
    n.version = n.version + 1,
    n.updatedAt = datetime(),
    n.updatedBy = $actor
RETURN n {
  .*,
  label: head([l IN labels(n) WHERE l <> 'Node']),
  text: CASE WHEN n:Document THEN null ELSE n.text END,
  restrictedText: null
} AS node
