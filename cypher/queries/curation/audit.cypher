// Curation: the audit event of a mutation, written in the mutation's own transaction. Not a :Node,
// so it never shows in lists, search, paths or exports; read through auditLog.
CREATE (e:AuditEvent {
  id: 'audit:' + randomUUID(),
  at: datetime(),
  actor: $actor,
  action: $action,
  target: $target,
  version: $version,
  summary: $summary
})
RETURN e.id AS id
