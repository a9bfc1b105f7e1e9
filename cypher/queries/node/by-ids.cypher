// Nodes by id for the per-request DataLoader: one round trip for any number of ids.
// Only what the node fields read is returned, a fixed list (a field added to a kind must be added
// here, in relationship/related, network/* and every <kind>/page; tests/api/projection-coverage
// fails otherwise). Document texts are left out (see document/texts) so lists stay light; evidence
// lists and long texts only when asked ($nodeEvidence, $nodeTexts; src/graph/common/projection.ts).
UNWIND $ids AS id
MATCH (n:Node {id: id})
WHERE $seeRestricted OR NOT coalesce(n.restricted, false)
RETURN id, n {
  .id, .name, .aliases, .restricted, .version,
  .type, .formerNames, .phone, .kind, .year, .winnerCount, .language, .title, .file, .publishedOn,
  label: head([l IN labels(n) WHERE l <> 'Node']),
  text: CASE WHEN $nodeTexts AND NOT n:Document THEN n.text END,
  description: CASE WHEN $nodeTexts THEN n.description END,
  evidence: CASE WHEN $nodeEvidence THEN n {
    .evidenceDocuments, .evidenceExcerpts, .evidenceInferred, .evidenceReasons, .evidenceRestricted
  } END
} AS node
