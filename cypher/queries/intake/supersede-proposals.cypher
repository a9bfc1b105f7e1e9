// Intake ran again on a changed graph: the pending proposals of the document it did not propose
// again are superseded (kept, for the record, but out of review).
MATCH (p:Proposal {document: $document, status: 'PENDING'})
WHERE NOT p.id IN $ids
SET p.status = 'SUPERSEDED', p.decidedAt = datetime()
RETURN count(p) AS superseded
