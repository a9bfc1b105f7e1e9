// The feed's newest sequence number (0 before the first change).
OPTIONAL MATCH (s:ChangeSequence {name: 'graph'})
RETURN coalesce(s.value, 0) AS seq
