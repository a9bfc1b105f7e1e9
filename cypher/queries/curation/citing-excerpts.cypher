// Curation, setDocumentRestricted: the distinct excerpts that nodes and relationships cite from this
// document (the caller holds the document's lock, so no new citation of it can appear meanwhile).
CALL () {
  MATCH (n:Node)
  WHERE $id IN n.evidenceDocuments
  UNWIND range(0, size(n.evidenceDocuments) - 1) AS i
  WITH n, i WHERE n.evidenceDocuments[i] = $id
  RETURN n.evidenceExcerpts[i] AS excerpt
  UNION
  MATCH ()-[r]->()
  WHERE $id IN r.evidenceDocuments
  UNWIND range(0, size(r.evidenceDocuments) - 1) AS i
  WITH r, i WHERE r.evidenceDocuments[i] = $id
  RETURN r.evidenceExcerpts[i] AS excerpt
}
RETURN DISTINCT excerpt
