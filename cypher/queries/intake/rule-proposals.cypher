// Review: the pending proposals of one rule in one document, in document order (accept them all).
MATCH (p:Proposal {document: $document, rule: $rule, status: 'PENDING'})
RETURN p.id AS id
ORDER BY p.start, p.id
