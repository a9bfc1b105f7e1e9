// Curation: append new evidence to a relationship whose write lock this transaction holds
// (lock-relationship), as update-node does for a node: the parallel lists grow, reasons are padded
// and stored only when one is given, and `restricted` is recomputed (true when every piece is).
MATCH ()-[r:$($type) {key: $key}]->()
WITH r, [i IN range(0, size(coalesce(r.evidenceDocuments, [])) - 1) | coalesce(r.evidenceReasons[i], '')]
  + $evidence.evidenceReasons AS reasons
SET r.evidenceDocuments = coalesce(r.evidenceDocuments, []) + $evidence.evidenceDocuments,
    r.evidenceExcerpts = coalesce(r.evidenceExcerpts, []) + $evidence.evidenceExcerpts,
    r.evidenceInferred = coalesce(r.evidenceInferred, []) + $evidence.evidenceInferred,
    r.evidenceReasons = CASE WHEN any(reason IN reasons WHERE reason <> '') THEN reasons END,
    r.evidenceRestricted = coalesce(r.evidenceRestricted, []) + $evidence.evidenceRestricted
SET r.restricted = all(flag IN r.evidenceRestricted WHERE flag),
    r.updatedAt = datetime(),
    r.updatedBy = $actor
RETURN r.key AS key, size(r.evidenceDocuments) AS pieces
