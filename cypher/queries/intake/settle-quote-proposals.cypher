// Review: a quote accepted by addQuote wrote its SAID and QUOTED_IN too, so their pending proposals
// in the same document are accepted with it (their result the key written).
MATCH (p:Proposal {document: $document, status: 'PENDING'})
WHERE p.relationshipType IN ['SAID', 'QUOTED_IN']
  AND (p.toProposedId = $quote OR p.fromProposedId = $quote)
SET p.status = 'ACCEPTED',
    p.result = CASE p.relationshipType WHEN 'SAID' THEN $saidKey ELSE $quotedInKey END,
    p.decidedAt = datetime(),
    p.decidedBy = $actor
RETURN count(p) AS settled
