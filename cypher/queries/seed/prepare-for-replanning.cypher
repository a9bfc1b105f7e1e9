// After indexes were built from the data (a load into an empty database): sample every index and
// wait for it, then clear the query caches, so that the planner plans on the loaded graph's
// statistics. Without it the first plans could be made while a new index still counts as empty, and
// stay cached: a page of municipalities was once planned without its (name, id) index
// (tests/integration/compiled-plans.test.ts).
CALL db.prepareForReplanning(3600)
