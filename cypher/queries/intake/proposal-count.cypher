// Document.proposals totalCount: how many the list has (of this status, when one is given).
MATCH (p:Proposal {document: $document})
WHERE $status IS NULL OR p.status = $status
RETURN count(p) AS total
