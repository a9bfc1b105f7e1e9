// Analytics projection, document dates: every document the viewer may see that states when it was
// published, with that date as an ISO string (YYYY-MM-DD). An export dates each node and
// relationship by the earliest of these among the documents of its visible evidence (GEXF `start`).
// A few rows per document, whatever kinds and types the projection holds.
MATCH (d:Document)
WHERE d.publishedOn IS NOT NULL
  AND {{VISIBLE:d}}
RETURN d.id AS id, toString(d.publishedOn) AS publishedOn
ORDER BY id
