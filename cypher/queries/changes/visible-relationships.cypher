// The change feed: which of these relationships exist now, and whether the viewer may see them
// (the relationship and both its ends). Types come from the model's allow-list.
UNWIND $rows AS row
MATCH (a)-[r:$(row.type) {key: row.key}]->(b)
RETURN r.key AS id, {{VISIBLE:r, a, b}} AS visible
