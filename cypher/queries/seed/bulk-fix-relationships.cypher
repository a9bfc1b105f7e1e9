// After a bulk import: as bulk-fix-nodes, for relationships ($fixes' kind is the type). One pass
// over every relationship, auto-commit in batches.
MATCH ()-[r]->()
CALL (r) {
  UNWIND $fixes AS fix
  WITH r, fix
  WHERE fix.kind = type(r) AND r[fix.property] IS NULL
  SET r[fix.property] = fix.value
} IN TRANSACTIONS OF 50000 ROWS
