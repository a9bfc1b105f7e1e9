// The audit trail: events are not :Node (they never show in lists, search or walks).
CREATE CONSTRAINT audit_event_id IF NOT EXISTS FOR (e:AuditEvent) REQUIRE e.id IS UNIQUE;
CREATE INDEX audit_event_at IF NOT EXISTS FOR (e:AuditEvent) ON (e.at, e.id);
CREATE INDEX audit_event_target IF NOT EXISTS FOR (e:AuditEvent) ON (e.target);
