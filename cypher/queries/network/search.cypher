// Full-text search with Dutch stemming over names, aliases, quote and criterion texts, programme
// descriptions and document texts (index `search`), and, only for a viewer with $seeRestricted,
// over the restricted passages of documents (index `search_restricted`, e.g. the editors' note of
// document 000). $query is a Lucene query the API built from the user's words with every special
// character escaped; $labels are the kinds asked for.
//
// Each branch reads its index's best $scan hits (null: all) in one call, and keeps the visible hits
// of the asked kinds, the best $first by score, ties by id; a document found by both indexes counts
// once, with its better score. Ordered by score, ties by id, so equal scores always come back in
// the same order.
//
// $scan is the same for every page size (src/network/search.queries.ts), so a short page is the start
// of a longer one. It bounds the work whatever the corpus, and it settles ties: a page that ends in
// a tie is ordered by id among the tied hits read, and only a tie reaching past the $scan-th hit is
// settled among the hits Lucene returns first (its index order, the same on every call while the
// index is unchanged). `exact` is false only when the index had more hits and too few were kept
// (a rare kind): then the API asks again with a larger $scan, or all.
//
// The texts of the matched properties come beside the node only when the snippet is asked for
// ($withTexts; the API cuts it, as Lucene's highlighter is not reachable through Cypher);
// `restrictedText` only for a viewer who may see it. The node is projected for the client's
// selection by the compiler (`{{NODE:node:node}}`, src/graph/compile/walk.ts).
CALL () {
  CALL db.index.fulltext.queryNodes('search', $query, {limit: $scan}) YIELD node, score
  // An aggregation gives its row even when the branch found nothing (or was skipped).
  WITH count(*) AS read, collect(CASE WHEN any(l IN labels(node) WHERE l IN $labels)
      AND {{VISIBLE:node}}
    THEN {node: node, score: score} END) AS kept
  RETURN $scan IS NULL OR read < $scan OR size(kept) >= $first AS exact, size(kept) AS kept,
    COLLECT { UNWIND kept AS hit RETURN hit ORDER BY hit.score DESC, hit.node.id LIMIT $first } AS best
  UNION ALL
  WITH 1 AS ignored WHERE $seeRestricted
  CALL db.index.fulltext.queryNodes('search_restricted', $query, {limit: $scan}) YIELD node, score
  // An aggregation gives its row even when the branch found nothing (or was skipped).
  WITH count(*) AS read, collect(CASE WHEN any(l IN labels(node) WHERE l IN $labels)
    THEN {node: node, score: score} END) AS kept
  RETURN $scan IS NULL OR read < $scan OR size(kept) >= $first AS exact, size(kept) AS kept,
    COLLECT { UNWIND kept AS hit RETURN hit ORDER BY hit.score DESC, hit.node.id LIMIT $first } AS best
}
WITH all(exact IN collect(exact) WHERE exact) AS exact, sum(kept) AS kept, collect(best) AS bests
RETURN exact, kept, COLLECT {
  UNWIND bests AS best
  UNWIND best AS hit
  WITH hit.node AS node, max(hit.score) AS score
  ORDER BY score DESC, node.id
  LIMIT $first
  RETURN {
    node: {{NODE:node:node}},
    score: score,
    texts: CASE WHEN $withTexts THEN {
      name: node.name,
      aliasesText: node.aliasesText,
      description: node.description,
      text: node.text,
      restrictedText: CASE WHEN $seeRestricted THEN node.restrictedText END
    } END
  } AS hit
} AS hits
