// Intake: the proposals a document has already, so running intake again adds only new ones.
MATCH (p:Proposal {document: $document})
RETURN p.id AS id, p.status AS status
