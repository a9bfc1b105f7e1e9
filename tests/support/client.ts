import type { GraphQLResponse, Service } from './server';

export type { Service };

export interface Page {
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: {
    hasPreviousPage: boolean;
    hasNextPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
}

/** Posts and insists on an answer without errors, naming the first error if there is one. */
export async function data<T>(
  service: Service,
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const { status, body } = await service.post<T>(query, variables);
  if (body.errors?.length || status !== 200 || !body.data) {
    throw new Error(`GraphQL request failed (${status}): ${JSON.stringify(body.errors ?? body)}`);
  }
  return body.data;
}

/** The first error of a response that must fail, with the round trips the request made. */
export async function failure(
  service: Service,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ code: unknown; message: string; roundTrips: unknown; body: GraphQLResponse['body'] }> {
  const { body } = await service.post(query, variables);
  const error = body.errors?.[0];
  if (!error) throw new Error(`Expected an error, got ${JSON.stringify(body.data)}`);
  return {
    code: error.extensions?.code,
    message: error.message,
    roundTrips: body.extensions?.roundTrips,
    body,
  };
}

/**
 * Pages through a top-level list `size` items at a time until `hasNextPage` is false, checking each
 * page on the way (its cursors, and `hasPreviousPage` exactly after the first). Returns the ids seen, in order, and the totalCount every page reported.
 */
export async function pageThrough(
  service: Service,
  field: string,
  args: { filter?: Record<string, unknown>; orderBy?: string; size?: number; filterType?: string },
): Promise<{ ids: string[]; totalCounts: number[]; pages: number }> {
  const size = args.size ?? 2;
  const filterVariable = args.filterType ? `, $filter: ${args.filterType}` : '';
  const filterArgument = args.filterType ? ', filter: $filter' : '';
  const query = `query ($first: Int!, $after: String, $orderBy: NameOrder${filterVariable}) {
    page: ${field}(first: $first, after: $after, orderBy: $orderBy${filterArgument}) {
      edges { cursor node { id } }
      pageInfo { hasPreviousPage hasNextPage startCursor endCursor }
      totalCount
    }
  }`;
  const ids: string[] = [];
  const totalCounts: number[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const { page }: { page: Page } = await data<{ page: Page }>(service, query, {
      first: size,
      after,
      orderBy: args.orderBy ?? 'NAME_ASC',
      ...(args.filterType ? { filter: args.filter ?? null } : {}),
    });
    pages++;
    ids.push(...page.edges.map((e) => e.node.id));
    totalCounts.push(page.totalCount);
    expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
    // Forward paging: a page after a cursor has the page before it (the cursor's item is there).
    expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
    if (!page.pageInfo.hasNextPage) break;
    expect(page.edges).toHaveLength(size);
    after = page.pageInfo.endCursor;
    if (pages > 200) throw new Error(`${field} never ends`);
  }
  return { ids, totalCounts, pages };
}

/** Runs `work` over the items, at most `limit` at a time. */
export async function mapLimit<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  });
  await Promise.all(workers);
  return results;
}
