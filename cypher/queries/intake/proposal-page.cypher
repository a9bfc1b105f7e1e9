// Document.proposals: one page in document order (start, then id: a keyset, never an offset), one
// more than asked so the caller knows whether more follow.
MATCH (p:Proposal {document: $document})
WHERE ($status IS NULL OR p.status = $status)
  AND ($afterStart IS NULL OR p.start > $afterStart OR (p.start = $afterStart AND p.id > $afterId))
RETURN p {.*} AS proposal
ORDER BY p.start, p.id
LIMIT $limit
