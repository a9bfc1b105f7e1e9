// A recorded snapshot as a diff needs it: its view, the kinds and types it was exported with, its
// size and format, and (only when $withContent) its gzipped content. No row for an unknown id.
MATCH (s:Snapshot {id: $id})
RETURN
  s.id AS id,
  s.at AS at,
  s.seq AS seq,
  coalesce(s.view, 'restricted') AS view,
  s.kinds AS kinds,
  s.types AS types,
  s.contentFormat AS contentFormat,
  s.nodeCount AS nodeCount,
  s.relationshipCount AS relationshipCount,
  CASE WHEN $withContent THEN s.content END AS content
