// Curation: the audit event of a mutation, written in the mutation's own transaction. Not a :Node,
// so it never shows in lists, search, paths or exports; read through auditLog and changes. It takes
// the next number of the change sequence: the sequence node's write lock is held until the
// transaction commits, so numbers follow commit order and a feed reading `seq > n` misses none.
MERGE (s:ChangeSequence {name: 'graph'})
  ON CREATE SET s.value = 0
SET s.value = s.value + 1
CREATE (e:AuditEvent {
  id: 'audit:' + randomUUID(),
  seq: s.value,
  at: datetime(),
  actor: $actor,
  action: $action,
  target: $target,
  version: $version,
  summary: $summary,
  changeOps: $changes.ops,
  changeEntities: $changes.entities,
  changeIds: $changes.ids,
  changeKinds: $changes.kinds,
  changeRestricted: $changes.restricted
})
RETURN e.id AS id, e.seq AS seq
