// auditLog: whether an audit event that matches is at or before the keyset cursor ($afterAt,
// $afterId) in the log's order (newest first): the event the cursor was taken from, or any newer
// (pageInfo.hasPreviousPage of the page after it). EXISTS stops at the first it finds.
RETURN EXISTS {
  MATCH (e:AuditEvent)
  WHERE ($target IS NULL OR e.target = $target)
    AND (e.at > datetime($afterAt) OR (e.at = datetime($afterAt) AND e.id >= $afterId))
} AS precedes
