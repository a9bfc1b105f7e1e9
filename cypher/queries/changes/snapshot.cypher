// The point of the feed an export was taken at (its snapshot id, as X-Snapshot-Id gave it).
MATCH (s:Snapshot {id: $id})
RETURN s.seq AS seq
