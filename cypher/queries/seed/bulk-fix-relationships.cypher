// After a bulk import: as bulk-fix-nodes, for the relationships of one type.
MATCH ()-[r:$($kind)]->()
WHERE r[$property] IS NULL
CALL (r) {
  SET r += $props
} IN TRANSACTIONS OF 50000 ROWS
