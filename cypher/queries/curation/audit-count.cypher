// auditLog: how many audit events match (its totalCount).
MATCH (e:AuditEvent)
WHERE $target IS NULL OR e.target = $target
RETURN count(e) AS total
