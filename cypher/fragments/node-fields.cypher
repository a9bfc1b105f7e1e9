// What every read returns of a node, as the inside of a map projection: `{{NODE_FIELDS:n}}` in a
// query under cypher/queries becomes this text with `{{node}}` as `n` (the query registry splices
// it in). A fixed list rather than `n {.*}`, so that evidence lists and long texts come back only
// when the selection asks for them ($nodeEvidence, $nodeTexts; src/graph/common/projection.ts); a
// GraphQL field reading a new property needs it here (tests/api/projection-coverage.test.ts fails
// otherwise). Document texts never come here (document/texts loads them on demand).
.id, .name, .aliases, .restricted, .version,
.type, .formerNames, .phone, .kind, .year, .winnerCount, .language, .title, .file, .publishedOn,
label: head([l IN labels({{node}}) WHERE l <> 'Node']),
text: CASE WHEN $nodeTexts AND NOT {{node}}:Document THEN {{node}}.text END,
description: CASE WHEN $nodeTexts THEN {{node}}.description END,
evidence: CASE WHEN $nodeEvidence THEN {{node}} {
  {{EVIDENCE:{{node}}}}
} END
