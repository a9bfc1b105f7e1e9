// Review: who said a proposed quote, as its SAID proposal in the same document has it (a person of
// the graph, or a candidate with the id it gets).
MATCH (p:Proposal {document: $document, relationshipType: 'SAID', toProposedId: $quote})
RETURN p.fromNode AS node, p.fromProposedId AS proposedId, p.fromName AS name
ORDER BY p.confidence DESC, p.id
LIMIT 1
