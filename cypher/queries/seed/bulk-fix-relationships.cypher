// After a bulk import: as bulk-fix-nodes, for relationships ($fixes by type). One pass
// over every relationship, auto-commit in batches.
MATCH ()-[r]->()
CALL (r) {
  UNWIND coalesce($fixes[type(r)], []) AS fix
  WITH r, fix
  WHERE r[fix.property] IS NULL
  SET r[fix.property] = fix.value
} IN TRANSACTIONS OF 50000 ROWS
