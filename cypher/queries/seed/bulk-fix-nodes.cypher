// After a bulk import: sets a list property the importer could not write (an empty list, or a list
// of one empty string, both of which it reads as "no property") on the nodes of one label that lack
// it. Which (label, property, value) is known from the CSV writer (src/seed/bulk/csv-writer.ts), which
// refuses the load when the same label also had nodes without that property. The label comes from
// the model's allow-list, the property from the importer's column table; $props is {property: value}.
// Auto-commit, in batches, so a million nodes never sit in one transaction.
MATCH (n:$($kind))
WHERE n[$property] IS NULL
CALL (n) {
  SET n += $props
} IN TRANSACTIONS OF 50000 ROWS
