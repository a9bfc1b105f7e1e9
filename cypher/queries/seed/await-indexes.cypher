// Wait until new indexes (the full-text ones above all) are online before serving. After a bulk
// load they are populated from the data, which takes minutes at a million nodes.
CALL db.awaitIndexes(3600)
