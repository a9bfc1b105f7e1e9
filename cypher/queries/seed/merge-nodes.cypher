// Loader: upsert a batch of nodes by id. Idempotent: a second run (or a re-run after a crash)
// finds every node and rewrites the same values. Labels come from the model's allow-list.
// A node an editor has changed (version > 1) or created keeps the editor's values: seeds fill in,
// they never overwrite curation.
UNWIND $rows AS row
MERGE (n:Node {id: row.id})
  ON CREATE SET n.version = 1, n.createdAt = datetime(), n.createdBy = 'seed'
WITH n, row
WHERE n.version = 1 AND coalesce(n.origin, 'seed') = 'seed'
SET n:$(row.label)
SET n += row.props
