// Intake: which of the relationships proposed are in the graph already (a proposal then corroborates
// it). Types come from the model's allow-list; each key's uniqueness constraint serves the look-up.
UNWIND $rows AS row
MATCH ()-[r:$(row.type) {key: row.key}]->()
RETURN r.key AS key
