// Review: record an editor's decision on a proposal whose write lock this transaction holds.
MATCH (p:Proposal {id: $id})
SET p.status = $status,
    p.result = $result,
    p.reason = $reason,
    p.decidedAt = datetime(),
    p.decidedBy = $actor
RETURN p {.*} AS proposal
