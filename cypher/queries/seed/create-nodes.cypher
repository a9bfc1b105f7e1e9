// Loader, into a database that held no :Node when the load began: every row is new, so CREATE
// (one constraint check) rather than MERGE (a locking seek, then a write). A load killed mid-way
// leaves a non-empty database, and its re-run MERGEs (merge-nodes): a batch is one transaction,
// so no row is ever half-written. Same values as merge-nodes gives a new node.
UNWIND $rows AS row
CREATE (n:Node:$(row.label))
SET n = row.props, n.id = row.id, n.version = 1, n.createdAt = datetime(), n.createdBy = 'seed'
