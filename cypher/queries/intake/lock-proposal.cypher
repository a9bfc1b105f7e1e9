// Review: take a proposal's write lock before reading its status, so two editors deciding one
// proposal run one after the other and the second sees the first's decision (CONFLICT). Also says
// whether its document is still in the graph.
MATCH (p:Proposal {id: $id})
SET p.__lock = true
REMOVE p.__lock
WITH p
OPTIONAL MATCH (d:Document {id: p.document})
RETURN p {.*} AS proposal, d IS NOT NULL AS documentExists, d.text AS text, d.restrictedText AS restrictedText
