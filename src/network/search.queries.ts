import type { GraphQLResolveInfo } from 'graphql';
import type { GraphContext } from '../graph/context';
import { FULL_PROJECTION, projectionFor, selectedAt } from '../graph/common/projection';
import { toNodeRecord } from '../graph/common/to-records';
import { toLuceneQuery } from './lucene';
import type { SearchArgs } from './network.args';
import { type SearchHitRecord, walkFilter } from './network.records';
import { snippet, type SnippetTexts } from './snippet';

/**
 * How many index hits a search reads: `first` × SCAN_FACTOR first. A retry happens only when the top
 * read could be wrong (see network/search): when the kind and visibility filters dropped too many
 * hits, it reads ten times more, and after MAX_BOUNDED_SCANS all of them (ten times each step keeps
 * the total work within about 1.1× of the last scan; when no hit read was of the asked kinds, a
 * rare kind, it reads all at once); when a tie at the lowest score read might hide a smaller id, it
 * reads TIE_SCAN hits, once. Most searches need one round trip, a large tie or a rare kind two or three.
 */
const SCAN_FACTOR = 5;
const SCAN_GROWTH = 10;
const MAX_BOUNDED_SCANS = 2;
/**
 * When enough hits were read and only a tie at the lowest score read is unresolved, the retry reads
 * this many hits and its answer stands, tie or not: within a tie that reaches past the TIE_SCAN-th
 * hit, Lucene decides which tied hits are read (its index order, the same on every call while the
 * index is unchanged), and those read are ordered by id. Exact ordering would mean reading every tied
 * hit: at 1M nodes a theme word ties thousands of programmes, and the third, unbounded scan took
 * p95 1.5 s (bench/README.md). A fixed number, not a multiple of `first`, so that a short page is
 * still the start of a longer one (both read the same hits). Below TIE_SCAN hits nothing changes.
 */
const TIE_SCAN = 1000;

interface SearchRow {
  exact: boolean;
  /** How many of the hits read were visible and of the asked kinds. */
  kept: number;
  hits: { node: Record<string, unknown>; score: number; texts: SnippetTexts | null }[];
}

/**
 * The best hits, each with a highlighted snippet when selected: usually one round trip (network/search).
 * Node evidence and long texts, and the matched texts for the snippet, are read only when selected.
 */
export async function searchNodes(
  { db, viewer }: GraphContext,
  args: SearchArgs,
  info?: GraphQLResolveInfo,
): Promise<SearchHitRecord[]> {
  const projection = info ? projectionFor(info, { nodes: [['node']] }) : FULL_PROJECTION;
  const withTexts = info ? selectedAt(info, []).has('snippet') : true;
  const params = {
    query: toLuceneQuery(args.text),
    labels: walkFilter(null, args.kinds).labels,
    first: args.first,
    seeRestricted: viewer.seeRestricted,
    nodeEvidence: projection.nodeEvidence,
    nodeTexts: projection.nodeTexts,
    withTexts,
  };
  const hitsOf = (row: SearchRow): SearchHitRecord[] =>
    row.hits.map((hit) => ({
      node: toNodeRecord(hit.node, viewer, projection),
      score: hit.score,
      // Without the texts the snippet was not selected: nothing reads it.
      snippet: hit.texts ? snippet(hit.texts, args.text) : '',
    }));
  let scan: number | null = args.first * SCAN_FACTOR;
  for (let scans = 1; ; scans++) {
    const [row] = (await db.read('network/search', { ...params, scan })) as unknown as SearchRow[];
    if (row.exact || scan === null) return hitsOf(row);
    if (row.kept >= args.first) {
      // Enough hits: only the tie at the lowest score read is open (see TIE_SCAN).
      if (scan >= TIE_SCAN) return hitsOf(row);
      scan = TIE_SCAN;
      continue;
    }
    scan = scans < MAX_BOUNDED_SCANS && row.kept > 0 ? scan * SCAN_GROWTH : null;
  }
}
