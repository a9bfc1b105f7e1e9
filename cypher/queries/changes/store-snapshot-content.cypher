// What a snapshot held, stored once beside its record: the canonical serialisation its id hashes,
// gzipped (a byte array), the format of that serialisation, and how many nodes and relationships it
// holds (so a diff past the analysis caps is refused before the content is read).
MATCH (s:Snapshot {id: $id})
WHERE s.content IS NULL
SET s.content = $content, s.contentFormat = $contentFormat, s.nodeCount = $nodeCount,
  s.relationshipCount = $relationshipCount
RETURN s.id AS id
