// An export records its snapshot: its id (the SHA-256 of what it held), when, and the feed's
// sequence number it was read at, so `changes(since: <snapshot id>)` starts there.
MERGE (s:Snapshot {id: $id})
  ON CREATE SET s.at = datetime(), s.seq = $seq, s.format = $format
RETURN s.seq AS seq
