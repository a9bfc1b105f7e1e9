// Curation: take a relationship's write lock before reading its evidence (an accepted proposal that
// corroborates it), so two editors adding evidence to one fact run one after the other. $type comes
// from the model's allow-list; the key's uniqueness constraint per type serves the look-up.
MATCH (a)-[r:$($type) {key: $key}]->(b)
SET r.__lock = true
REMOVE r.__lock
RETURN
  r.key AS key,
  a.id AS from,
  b.id AS to,
  coalesce(r.evidenceDocuments, []) AS evidenceDocuments,
  coalesce(r.evidenceExcerpts, []) AS evidenceExcerpts
