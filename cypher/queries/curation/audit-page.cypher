// auditLog: a page of audit events, newest first (ties by id), optionally about one target, after
// the keyset cursor ($afterAt, $afterId) if any. Returns $limit rows (the API asks one extra).
MATCH (e:AuditEvent)
WHERE ($target IS NULL OR e.target = $target)
  AND ($afterAt IS NULL OR e.at < datetime($afterAt) OR (e.at = datetime($afterAt) AND e.id < $afterId))
RETURN e {.*} AS event
ORDER BY e.at DESC, e.id DESC
LIMIT $limit
