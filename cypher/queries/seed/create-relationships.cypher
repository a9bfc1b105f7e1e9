// Loader, into a database that held no :Node when the load began (see create-nodes): every
// relationship is new, so CREATE; MERGE's Expand(Into) and locks cost several times more. The
// key constraints (cypher/schema/002) still refuse a duplicate key rather than store it.
UNWIND $rows AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props, r.key = row.key
