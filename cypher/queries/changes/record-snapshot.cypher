// An export records its snapshot: its id (the SHA-256 of what it held), when, the feed's sequence
// number it was read at (so `changes(since: <snapshot id>)` starts there), and the view it was taken
// as: 'restricted' when the caller could see restricted facts, else 'public'. Idempotent: the same
// id names the same content, so a second export of it changes nothing, except that a public export
// of content first recorded by a researcher marks it public (the public has just been given exactly
// that content). `hasContent`: whether its content is stored yet (store-snapshot-content).
MERGE (s:Snapshot {id: $id})
  ON CREATE SET s.at = datetime(), s.seq = $seq, s.format = $format, s.view = $view,
    s.kinds = $kinds, s.types = $types
  ON MATCH SET s.view = CASE WHEN $view = 'public' THEN 'public' ELSE coalesce(s.view, $view) END,
    s.kinds = coalesce(s.kinds, $kinds), s.types = coalesce(s.types, $types)
RETURN s.seq AS seq, s.content IS NOT NULL AS hasContent
