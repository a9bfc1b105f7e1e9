// Curation: new relationships between existing nodes, each with its stable key, properties and
// evidence columns; origin 'editor', who and when. Types come from the model's RelationshipType
// allow-list. A key that exists already breaks the uniqueness constraint on it (CONFLICT).
UNWIND $rows AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r += row.props
SET r.key = row.key, r.origin = 'editor', r.createdAt = datetime(), r.createdBy = $actor
RETURN
  r {.*, type: type(r)} AS rel,
  a {.*, label: head([l IN labels(a) WHERE l <> 'Node']), text: CASE WHEN a:Document THEN null ELSE a.text END, restrictedText: null} AS from,
  b {.*, label: head([l IN labels(b) WHERE l <> 'Node']), text: CASE WHEN b:Document THEN null ELSE b.text END, restrictedText: null} AS to
