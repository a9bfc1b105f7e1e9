// Review: proposals by id, as a mutation's answer.
MATCH (p:Proposal)
WHERE p.id IN $ids
RETURN p {.*} AS proposal
