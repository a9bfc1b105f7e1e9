// Curation: Document -MENTIONS-> node for each document a node's new evidence cites, as the loader
// derives them: the edge is created if missing (origin 'editor') and the pieces from that document
// are appended to its evidence; `restricted` when all its pieces are. Reasons as in update-node:
// padded to the stored pieces, and stored only when one is given.
UNWIND $rows AS row
MATCH (d:Document {id: row.document})
MATCH (n:Node {id: row.node})
MERGE (d)-[r:MENTIONS {key: row.key}]->(n)
  ON CREATE SET r.origin = 'editor', r.createdAt = datetime(), r.createdBy = $actor
WITH r, row,
  [i IN range(0, size(coalesce(r.evidenceDocuments, [])) - 1) | coalesce(r.evidenceReasons[i], '')]
  + row.evidenceReasons AS reasons
SET r.evidenceDocuments = coalesce(r.evidenceDocuments, []) + row.evidenceDocuments,
    r.evidenceExcerpts = coalesce(r.evidenceExcerpts, []) + row.evidenceExcerpts,
    r.evidenceInferred = coalesce(r.evidenceInferred, []) + row.evidenceInferred,
    r.evidenceReasons = CASE WHEN any(reason IN reasons WHERE reason <> '') THEN reasons END,
    r.evidenceRestricted = coalesce(r.evidenceRestricted, []) + row.evidenceRestricted
SET r.restricted = all(flag IN r.evidenceRestricted WHERE flag)
RETURN count(r) AS mentions
