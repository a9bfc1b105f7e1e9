// Full-text search with Dutch stemming over names, aliases, quote and criterion texts, programme
// descriptions and document texts (index `search`), and, only for a viewer with $seeRestricted,
// over the restricted passages of documents (index `search_restricted`, e.g. the editors' note of
// document 000). $query is a Lucene query the API built from the user's words with every special
// character escaped; $labels are the kinds asked for.
//
// Each index is read lazily in score order; a branch keeps the visible hits of the asked kinds and
// its best $first. A document found by both indexes counts once, with its better score. Ordered by
// score, ties by id, so equal scores always come back in the same order.
//
// The texts of the matched properties are returned beside the node for the snippet, which the API
// computes (Lucene's highlighter is not reachable through Cypher); `restrictedText` only for a
// viewer who may see it.
CALL () {
  CALL db.index.fulltext.queryNodes('search', $query) YIELD node, score
  WHERE ($seeRestricted OR NOT coalesce(node.restricted, false))
    AND any(l IN labels(node) WHERE l IN $labels)
  RETURN node, score
  ORDER BY score DESC, node.id
  LIMIT $first
  UNION ALL
  WITH 1 AS ignored WHERE $seeRestricted
  CALL db.index.fulltext.queryNodes('search_restricted', $query) YIELD node, score
  WHERE any(l IN labels(node) WHERE l IN $labels)
  RETURN node, score
  ORDER BY score DESC, node.id
  LIMIT $first
}
WITH node, max(score) AS score
ORDER BY score DESC, node.id
LIMIT $first
RETURN
  node {
    .*,
    label: head([l IN labels(node) WHERE l <> 'Node']),
    text: CASE WHEN node:Document THEN null ELSE node.text END,
    restrictedText: null
  } AS node,
  score,
  {
    name: node.name,
    aliasesText: node.aliasesText,
    description: node.description,
    text: node.text,
    restrictedText: CASE WHEN $seeRestricted THEN node.restrictedText END
  } AS texts
