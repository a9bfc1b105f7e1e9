// The last event of the feed before a time: a feed asked for "since <time>" starts after it.
MATCH (e:AuditEvent)
WHERE e.seq IS NOT NULL AND e.at < datetime($at)
RETURN max(e.seq) AS seq
