// Curation, first statement of an update: take the node's write lock BEFORE reading its version, so
// two concurrent updates of one node run one after the other and the second sees the first's
// version (and gets CONFLICT). The lock is held until the transaction ends; the property set and
// removed leaves nothing behind.
MATCH (n:Node {id: $id})
SET n.__lock = true
REMOVE n.__lock
RETURN
  n.version AS version,
  head([l IN labels(n) WHERE l <> 'Node']) AS label,
  coalesce(n.evidenceDocuments, []) AS evidenceDocuments,
  coalesce(n.evidenceExcerpts, []) AS evidenceExcerpts
