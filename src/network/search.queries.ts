import type { GraphQLResolveInfo } from 'graphql';
import type { GraphContext } from '../graph/compile/context';
import { fieldsOf, rootTree, selectedNamed } from '../graph/compile/selection';
import type { NodeRecord } from '../graph/records/records';
import { toLuceneQuery } from './lucene';
import { NETWORK_LIMITS } from './network.limits';
import type { SearchArgs } from './network.args';
import { type SearchHitRecord, walkFilter } from './network.records';
import { snippet, type SnippetTexts } from './snippet';
import { runWalk } from './walk';

/**
 * How many index hits a search reads, in one call per index (network/search): the largest page, the
 * same for every page size, so that a short page is the start of a longer one (both read the same
 * hits). Within it, ties are ordered by id; a tie that reaches past the SCAN-th hit is
 * settled among the hits Lucene returns first (its index order, the same on every call while the
 * index is unchanged). Exact ordering would mean reading every tied hit: at 1M nodes a theme word
 * ties thousands of programmes, and an unbounded scan took p95 1.5 s (bench/README.md). A corpus of
 * fewer nodes than SCAN is always read whole, so its answers are exact.
 *
 * Measured at 1M nodes (theme words, p50 of 30 on a quiet machine, the statement alone, 2026-11-29):
 * one call reading 500 hits takes 6–7 ms (1,000: 8–9 ms; 200: 5.5–7 ms), the raw driver's 20 hits
 * 6–10 ms. Before, a search read 100 hits and, when the page ended in a tie at the lowest score
 * (at 1M a theme word always did), a second statement read 1,000: the two index calls alone took
 * 12–16 ms, plus a round trip. At 10k nodes (2026-12-02, the statement alone, interleaved rounds on
 * a shared machine) the scan was most of the search's cost: p50 15.9 ms reading 500 hits, 12.7 ms
 * reading 100, the raw driver's 20 hits 10.1 ms; so the scan is the largest page, no more.
 *
 * Only when the filters kept fewer than `first` of the hits read (a rare kind) does the API read
 * more: ten times more, then, after MAX_BOUNDED_SCANS, all of them (when no hit read was of the
 * asked kinds it reads all at once). Most searches need one round trip, a rare kind two or three.
 */
const SCAN = NETWORK_LIMITS.maxSearchSize;
const SCAN_GROWTH = 10;
const MAX_BOUNDED_SCANS = 2;

interface SearchRow {
  exact: boolean;
  /** How many of the hits read were visible and of the asked kinds. */
  kept: number;
  hits: { node: NodeRecord; score: number; texts: SnippetTexts | null }[];
}

/**
 * The best hits, each with a highlighted snippet when selected: usually one round trip (network/search).
 * The hit's node is projected for what is selected of it (`{{NODE:node:node}}`); the matched texts
 * for the snippet are read only when the snippet is selected.
 */
export async function searchNodes(
  ctx: GraphContext,
  args: SearchArgs,
  info: GraphQLResolveInfo,
): Promise<SearchHitRecord[]> {
  const params = {
    query: toLuceneQuery(args.text),
    labels: walkFilter(null, args.kinds).labels,
    first: args.first,
    withTexts: selectedNamed(fieldsOf(rootTree(info)), 'snippet') !== undefined,
  };
  const hitsOf = (row: SearchRow): SearchHitRecord[] =>
    row.hits.map((hit) => ({
      node: hit.node,
      score: hit.score,
      // Without the texts the snippet was not selected: nothing reads it.
      snippet: hit.texts ? snippet(hit.texts, args.text) : '',
    }));
  let scan: number | null = SCAN;
  for (let scans = 1; ; scans++) {
    const [row] = (await runWalk(ctx, info, 'network/search', ['node'], {
      ...params,
      scan,
    })) as unknown as SearchRow[];
    if (row.exact || scan === null) return hitsOf(row);
    scan = scans < MAX_BOUNDED_SCANS && row.kept > 0 ? scan * SCAN_GROWTH : null;
  }
}
