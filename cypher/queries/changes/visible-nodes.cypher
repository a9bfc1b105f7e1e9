// The change feed: which of these nodes exist now, and whether the viewer may see them.
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN n.id AS id, {{VISIBLE:n}} AS visible
