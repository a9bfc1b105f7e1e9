// Intake: new proposals of a document, pending review. A :Proposal is not a :Node: it never shows in
// lists, search, walks, analyses or exports, only through Document.proposals (editors, researchers).
UNWIND $rows AS row
CREATE (p:Proposal)
SET p = row,
    p.document = $document,
    p.status = 'PENDING',
    p.createdAt = datetime(),
    p.createdBy = $actor
RETURN count(p) AS created
