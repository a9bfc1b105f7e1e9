import {
  ApolloClient,
  ApolloLink,
  InMemoryCache,
  Observable,
  type TypedDocumentNode,
  gql,
} from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/** `pageInfo` as Relay specifies it, and as Apollo Client's relayStylePagination reads and merges it. */
export interface RelayPageInfo {
  hasPreviousPage: boolean;
  hasNextPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

interface OrganisationsPage {
  organisations: {
    edges: { cursor: string; node: { id: string; name: string } }[];
    pageInfo: RelayPageInfo;
    totalCount: number;
  };
}

interface OrganisationsVariables {
  first: number;
  after?: string | null;
  orderBy?: 'NAME_ASC' | 'NAME_DESC';
}

/** What a Relay-style client asks of a list: edges with cursors, the whole pageInfo, the total. */
export const ORGANISATIONS: TypedDocumentNode<OrganisationsPage, OrganisationsVariables> = gql`
  query Organisations($first: Int!, $after: String, $orderBy: NameOrder) {
    organisations(first: $first, after: $after, orderBy: $orderBy) {
      edges {
        cursor
        node {
          id
          name
        }
      }
      pageInfo {
        hasPreviousPage
        hasNextPage
        startCursor
        endCursor
      }
      totalCount
    }
  }
`;

export interface RelayWalk {
  /** The variables of each request the client sent, in order. */
  requests: Record<string, unknown>[];
  /** Each page as the service answered it, in order. */
  pages: { ids: string[]; cursors: string[]; pageInfo: RelayPageInfo; totalCount: number }[];
  /** The list as the client's cache gives it to the app after the last page: every page merged. */
  merged: { ids: string[]; pageInfo: RelayPageInfo; totalCount: number };
}

/**
 * Pages through `organisations` the way an app does with Apollo Client: a watched query (the first
 * page), then `fetchMore({ after: pageInfo.endCursor })` until `hasNextPage` is false, with the
 * cache's relayStylePagination policy merging each page into one list per `orderBy`. `link` reaches
 * the service; each answer is kept as it came, before the cache merges it. At most `maxPages` pages.
 */
export async function walkOrganisations(
  link: ApolloLink,
  variables: { first: number; orderBy?: 'NAME_ASC' | 'NAME_DESC' },
  maxPages = 200,
): Promise<RelayWalk> {
  const requests: RelayWalk['requests'] = [];
  const pages: RelayWalk['pages'] = [];
  const recording = new ApolloLink(
    (operation, forward) =>
      new Observable((observer) => {
        requests.push(operation.variables);
        const subscription = forward(operation).subscribe({
          next: (result) => {
            const page = (result.data as OrganisationsPage | null | undefined)?.organisations;
            if (page) {
              pages.push({
                ids: page.edges.map((e) => e.node.id),
                cursors: page.edges.map((e) => e.cursor),
                pageInfo: relayPageInfo(page.pageInfo),
                totalCount: page.totalCount,
              });
            }
            observer.next(result);
          },
          error: (error: unknown) => observer.error(error),
          complete: () => observer.complete(),
        });
        return () => subscription.unsubscribe();
      }),
  );
  const client = new ApolloClient({
    link: ApolloLink.from([recording, link]),
    cache: new InMemoryCache({
      typePolicies: { Query: { fields: { organisations: relayStylePagination(['orderBy']) } } },
    }),
  });

  const query = client.watchQuery({ query: ORGANISATIONS, variables });
  // A watched query fetches when something subscribes to it, as a view does: the first page.
  let subscription: { unsubscribe(): void } | undefined;
  const firstPage = new Promise<OrganisationsPage>((resolve, reject) => {
    subscription = query.subscribe({
      next: (result) => {
        if (result.error) reject(result.error);
        else if (!result.loading && result.data) resolve(result.data as OrganisationsPage);
      },
      error: reject,
    });
  });
  try {
    let { pageInfo } = (await firstPage).organisations;
    while (pageInfo.hasNextPage) {
      if (pages.length >= maxPages) throw new Error(`organisations never ends (${maxPages} pages)`);
      const more = await query.fetchMore({ variables: { after: pageInfo.endCursor } });
      if (!more.data) throw new Error('organisations: a page without data');
      pageInfo = more.data.organisations.pageInfo;
    }
    // What the app renders now: the cache's list, read through the relayStylePagination policy.
    const cached = client.readQuery({ query: ORGANISATIONS, variables })?.organisations;
    if (!cached) throw new Error('organisations: nothing in the cache');
    return {
      requests,
      pages,
      merged: {
        ids: cached.edges.map((e) => e.node.id),
        pageInfo: relayPageInfo(cached.pageInfo),
        totalCount: cached.totalCount,
      },
    };
  } finally {
    subscription?.unsubscribe();
    client.stop();
  }
}

function relayPageInfo({
  hasPreviousPage,
  hasNextPage,
  startCursor,
  endCursor,
}: RelayPageInfo): RelayPageInfo {
  return { hasPreviousPage, hasNextPage, startCursor, endCursor };
}
