import type { GraphContext } from '../server/context';
import { toNodeRecord } from '../graph/common/to-records';
import { toLuceneQuery } from './lucene';
import type { SearchArgs } from './network.args';
import { type SearchHitRecord, walkFilter } from './network.records';
import { snippet, type SnippetTexts } from './snippet';

/** One round trip (network/search): the best hits, each with a highlighted snippet. */
export async function searchNodes(
  { db, viewer }: GraphContext,
  args: SearchArgs,
): Promise<SearchHitRecord[]> {
  const rows = await db.read('network/search', {
    query: toLuceneQuery(args.text),
    labels: walkFilter(null, args.kinds).labels,
    first: args.first,
    seeRestricted: viewer.seeRestricted,
  });
  return rows.map((row) => ({
    node: toNodeRecord(row.node as Record<string, unknown>, viewer),
    score: row.score as number,
    snippet: snippet(row.texts as SnippetTexts, args.text),
  }));
}
