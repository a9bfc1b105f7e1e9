// The change feed: every audit event takes the next number of one sequence (its node's write lock
// orders concurrent writes, so numbers follow commit order); exports are recorded as snapshots so a
// feed can start from one.
CREATE CONSTRAINT change_sequence_name IF NOT EXISTS FOR (s:ChangeSequence) REQUIRE s.name IS UNIQUE;
CREATE INDEX audit_event_seq IF NOT EXISTS FOR (e:AuditEvent) ON (e.seq);
CREATE CONSTRAINT snapshot_id IF NOT EXISTS FOR (s:Snapshot) REQUIRE s.id IS UNIQUE;
