// After a bulk import: sets the list properties the importer could not write (an empty list, or a
// list of one empty string, both of which it reads as "no property") where they are missing. $fixes
// maps each label to its list of {property, value}; the CSV writer
// (src/seed/bulk/csv-writer.ts) knows them, and refuses the load when the same label also had nodes
// without that property, so "missing" means exactly "was that value". The labels come from the
// model's allow-list, the properties from the importer's column table.
//
// One pass over :Node (a label given as a parameter would make each fix a scan of every node),
// auto-commit in batches, so a million nodes never sit in one transaction.
MATCH (n:Node)
CALL (n) {
  UNWIND coalesce($fixes[head([l IN labels(n) WHERE l <> 'Node'])], []) AS fix
  WITH n, fix
  WHERE n[fix.property] IS NULL
  SET n[fix.property] = fix.value
} IN TRANSACTIONS OF 50000 ROWS
