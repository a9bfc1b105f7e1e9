// changes: the events after a point of the feed, oldest first by sequence number, one more than
// asked so the caller knows whether more follow. Events written before the feed existed have no
// number and are not in it.
MATCH (e:AuditEvent)
WHERE e.seq > $after
RETURN e {.*, at: toString(e.at)} AS event
ORDER BY e.seq
LIMIT $limit
