// Loader: upsert a batch of nodes by id. Idempotent: a second run (or a re-run after a crash)
// finds every node and rewrites the same values. Labels come from the model's allow-list.
UNWIND $rows AS row
MERGE (n:Node {id: row.id})
  ON CREATE SET n.version = 1, n.createdAt = datetime(), n.createdBy = 'seed'
SET n:$(row.label)
SET n += row.props
