// Full-text search with Dutch stemming over names, aliases, quote and criterion texts, programme
// descriptions and document texts (index `search`), and, only for a viewer with $seeRestricted,
// over the restricted passages of documents (index `search_restricted`, e.g. the editors' note of
// document 000). $query is a Lucene query the API built from the user's words with every special
// character escaped; $labels are the kinds asked for.
//
// Each branch keeps the visible hits of the asked kinds and its best $first by score, ties by id. A
// document found by both indexes counts once, with its better score. Ordered by score, ties by id, so
// equal scores always come back in the same order.
//
// Each index returns only its best $scan hits (null: all), so the work does not grow with the corpus.
// That top is enough when the index had no more, or when $first kept hits score above the lowest
// score read (every hit not read scores at most that, and a tie there might have a smaller id); else
// `exact` is false and the API asks again with a larger $scan (src/network/search.queries.ts), or
// with all when none of the hits read was `kept` (a rare kind). When only a tie is open, the API's
// last ask reads 1,000 hits and takes its answer as it is (TIE_SCAN there).
//
// The texts of the matched properties come beside the node only when the snippet is asked for
// ($withTexts; the API cuts it, as Lucene's highlighter is not reachable through Cypher);
// `restrictedText` only for a viewer who may see it. The node as node/by-ids returns it.
CALL () {
  CALL db.index.fulltext.queryNodes('search', $query, {limit: $scan}) YIELD node, score
  WITH collect({node: node, score: score}) AS found, min(score) AS floor
  WITH found, floor, [hit IN found WHERE any(l IN labels(hit.node) WHERE l IN $labels)
    AND ($seeRestricted OR NOT coalesce(hit.node.restricted, false))] AS kept
  RETURN
    $scan IS NULL OR size(found) < $scan OR size([hit IN kept WHERE hit.score > floor]) >= $first AS exact,
    size(kept) AS kept,
    COLLECT { UNWIND kept AS hit RETURN hit ORDER BY hit.score DESC, hit.node.id LIMIT $first } AS best
  UNION ALL
  WITH 1 AS ignored WHERE $seeRestricted
  CALL db.index.fulltext.queryNodes('search_restricted', $query, {limit: $scan}) YIELD node, score
  // An aggregation gives its row even when the branch found nothing (or was skipped).
  WITH collect({node: node, score: score}) AS found, min(score) AS floor
  WITH found, floor, [hit IN found WHERE any(l IN labels(hit.node) WHERE l IN $labels)] AS kept
  RETURN
    $scan IS NULL OR size(found) < $scan OR size([hit IN kept WHERE hit.score > floor]) >= $first AS exact,
    size(kept) AS kept,
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
    node: node {
      {{NODE_FIELDS:node}}
    },
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
