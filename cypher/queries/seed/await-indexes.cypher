// Wait until new indexes (the full-text ones above all) are online before serving.
CALL db.awaitIndexes(300)
