// Curation: a new node of an allow-listed kind ($label comes from the model's NodeLabel enum, never
// from free text) with its properties and evidence columns; version 1, origin 'editor', who and when.
CREATE (n:Node {id: $id})
SET n:$($label)
SET n += $props
SET n.version = 1,
    n.origin = 'editor',
    n.createdAt = datetime(),
    n.createdBy = $actor,
    n.updatedAt = datetime(),
    n.updatedBy = $actor
RETURN n {
  .*,
  label: head([l IN labels(n) WHERE l <> 'Node']),
  text: CASE WHEN n:Document THEN null ELSE n.text END,
  restrictedText: null
} AS node
