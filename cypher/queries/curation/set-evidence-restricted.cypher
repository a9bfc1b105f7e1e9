// Curation, setDocumentRestricted: recompute `evidenceRestricted` of every piece of evidence from
// this document, on every node and relationship citing it ($flags: excerpt → restricted, computed
// by the API from the document's texts exactly as the loader computes it), and `restricted` (true
// when all of a fact's evidence is). Each fact is write-locked before its lists are read. Also
// returns the facts whose `restricted` flipped, for the change feed.
CALL () {
  MATCH (n:Node)
  WHERE $id IN n.evidenceDocuments
  SET n.__lock = true
  REMOVE n.__lock
  WITH n, [i IN range(0, size(n.evidenceDocuments) - 1) |
    CASE WHEN n.evidenceDocuments[i] = $id
      THEN coalesce($flags[n.evidenceExcerpts[i]], false)
      ELSE n.evidenceRestricted[i]
    END] AS flags
  WITH n, flags, coalesce(n.restricted, false) AS was
  SET n.evidenceRestricted = flags, n.restricted = all(flag IN flags WHERE flag)
  RETURN count(n) AS nodes,
    collect(CASE WHEN was <> n.restricted THEN {id: n.id, kind: head([l IN labels(n) WHERE l <> 'Node']), restricted: n.restricted} END) AS flippedNodes
}
CALL () {
  MATCH ()-[r]->()
  WHERE $id IN r.evidenceDocuments
  SET r.__lock = true
  REMOVE r.__lock
  WITH r, [i IN range(0, size(r.evidenceDocuments) - 1) |
    CASE WHEN r.evidenceDocuments[i] = $id
      THEN coalesce($flags[r.evidenceExcerpts[i]], false)
      ELSE r.evidenceRestricted[i]
    END] AS flags
  WITH r, flags, coalesce(r.restricted, false) AS was
  SET r.evidenceRestricted = flags, r.restricted = all(flag IN flags WHERE flag)
  RETURN count(r) AS relationships,
    collect(CASE WHEN was <> r.restricted THEN {id: r.key, kind: type(r), restricted: r.restricted} END) AS flippedRelationships
}
RETURN nodes, relationships, flippedNodes, flippedRelationships
