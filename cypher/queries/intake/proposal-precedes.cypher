// Document.proposals hasPreviousPage: is any proposal of the list at or before the cursor?
MATCH (p:Proposal {document: $document})
WHERE ($status IS NULL OR p.status = $status)
  AND (p.start < $afterStart OR (p.start = $afterStart AND p.id <= $afterId))
RETURN p.id AS id
LIMIT 1
