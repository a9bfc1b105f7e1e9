// Curation: Document -MENTIONS-> node for each document a node's new evidence cites, as the loader
// derives them: the edge is created if missing (origin 'editor') and the pieces from that document
// are appended to its evidence; `restricted` when all its pieces are.
UNWIND $rows AS row
MATCH (d:Document {id: row.document})
MATCH (n:Node {id: row.node})
MERGE (d)-[r:MENTIONS {key: row.key}]->(n)
  ON CREATE SET r.origin = 'editor', r.createdAt = datetime(), r.createdBy = $actor
SET r.evidenceDocuments = coalesce(r.evidenceDocuments, []) + row.evidenceDocuments,
    r.evidenceExcerpts = coalesce(r.evidenceExcerpts, []) + row.evidenceExcerpts,
    r.evidenceInferred = coalesce(r.evidenceInferred, []) + row.evidenceInferred,
    r.evidenceReasons = coalesce(r.evidenceReasons, []) + row.evidenceReasons,
    r.evidenceRestricted = coalesce(r.evidenceRestricted, []) + row.evidenceRestricted
SET r.restricted = all(flag IN r.evidenceRestricted WHERE flag)
RETURN count(r) AS mentions
