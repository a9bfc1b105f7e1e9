/**
 * The change feed over HTTP, WebSocket and the real Neo4j: every curation write is an event with a
 * number, paged by `changes(since)` and pushed live by the `graphChanged` subscription (graphql-ws)
 * to subscribers of ANOTHER service process on the same Neo4j; the public sees only what it may
 * (a restricted fact never, one that became restricted as REMOVED); bad cursors are refused; a
 * subscriber that falls behind is ended with a reason, and limits hold.
 */
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { ChangeFeed } from '../../src/graph/curation/change-feed';
import { ANONYMOUS } from '../../src/model';
import { AS, DOC_000, DOC_002, cypher, ok, refused } from '../support/curation';
import { serviceSuite } from '../support/service-suite';
import { AUTH_ENV, TOKENS } from '../support/tokens';
import { type ChildService, childEnv, spawnService } from '../reliability/support';

const CHANGES = `query ($since: String, $first: Int, $after: String) {
  changes(since: $since, first: $first, after: $after) {
    edges { cursor node { seq action actor summary items { op entity id kind } } }
    pageInfo { hasNextPage endCursor }
  } }`;
const CREATE_THEME = `mutation ($input: CreateThemeInput!) { createTheme(input: $input) { id } }`;
const SET_RESTRICTED = `mutation ($id: ID!, $restricted: Boolean!) { setDocumentRestricted(id: $id, restricted: $restricted) { id } }`;
const NEWEST = 'MATCH (s:ChangeSequence) RETURN s.value AS seq';

interface Change {
  seq: number;
  action: string;
  actor: string | null;
  summary: string | null;
  items: { op: string; entity: string; id: string; kind: string }[];
}

function theme(id: string, excerpt: string, document = DOC_002) {
  return { input: { id, name: `Test ${id}`, evidence: [{ document, excerpt }] } };
}

async function changes(
  service: Parameters<typeof ok>[0],
  since: string,
  headers: Record<string, string> = AS.editor,
): Promise<Change[]> {
  const { changes } = await ok<{ changes: { edges: { node: Change }[] } }>(
    service,
    CHANGES,
    { since, first: 100 },
    headers,
  );
  return changes.edges.map((edge) => edge.node);
}

describe('the change feed', () => {
  const suite = serviceSuite(AUTH_ENV, {
    cleanUp: async ({ service }) => {
      const [doc] = await cypher(
        suite.database,
        'MATCH (d:Document {id: $id}) RETURN d.restricted AS restricted',
        { id: DOC_002 },
      );
      if (doc?.restricted) await ok(service, SET_RESTRICTED, { id: DOC_002, restricted: false });
    },
    pristine: { seededDocumentVersions: { [DOC_002]: 1 } },
  });
  const newest = async () => String((await cypher(suite.database, NEWEST))[0]?.seq ?? 0);

  it('numbers every write, and shows the public what it may see and nothing of who did it', async () => {
    const since = await newest();
    await ok(suite.service, CREATE_THEME, theme('theme:test-feed-public', 'zegt Marijke Vos'));
    // Evidence only in the editors' note of document 000: a restricted fact.
    await ok(
      suite.service,
      CREATE_THEME,
      theme('theme:test-feed-restricted', 'Noot voor de redactie', DOC_000),
    );

    const editor = await changes(suite.service, since);
    expect(editor.map((c) => [c.action, c.items])).toEqual([
      ['CREATE_NODE', [{ op: 'ADDED', entity: 'NODE', id: 'theme:test-feed-public', kind: 'Theme' }]],
      ['CREATE_NODE', [{ op: 'ADDED', entity: 'NODE', id: 'theme:test-feed-restricted', kind: 'Theme' }]],
    ]);
    expect(editor[1].seq).toBe(editor[0].seq + 1);
    expect(editor[0]).toMatchObject({
      actor: 'eddie-editor',
      summary: expect.stringContaining('created Theme'),
    });

    const publicView = await changes(suite.service, since, AS.public);
    expect(publicView).toEqual([{ ...editor[0], actor: null, summary: null }]);
  });

  it('shows the public a fact that became restricted as REMOVED, never with its text', async () => {
    const since = await newest();
    await ok(suite.service, SET_RESTRICTED, { id: DOC_002, restricted: true });
    const editor = await changes(suite.service, since);
    expect(editor).toHaveLength(1);
    const flipped = editor[0].items.filter((i) => i.op === 'CHANGED' && i.id !== DOC_002).map((i) => i.id);
    expect(flipped).toContain('theme:test-feed-public');

    const [publicView] = await changes(suite.service, since, AS.public);
    expect(publicView.summary).toBeNull();
    expect(publicView.items).toContainEqual({
      op: 'REMOVED',
      entity: 'NODE',
      id: 'theme:test-feed-public',
      kind: 'Theme',
    });
    expect(publicView.items.every((i) => i.op === 'REMOVED')).toBe(true);
    await ok(suite.service, SET_RESTRICTED, { id: DOC_002, restricted: false });
  });

  it('pages with cursors, and starts at a time or at an export snapshot', async () => {
    const since = await newest();
    await ok(suite.service, CREATE_THEME, theme('theme:test-feed-page-a', 'zegt Marijke Vos, voorzitter'));
    const snapshot = (await fetch(`${suite.service.base}/export/graph.json`)).headers.get('x-snapshot-id');
    expect(snapshot).toMatch(/^[0-9a-f]{64}$/);
    await ok(suite.service, CREATE_THEME, theme('theme:test-feed-page-b', 'Marijke Vos'));

    const first = await ok<{
      changes: { edges: { node: Change }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    }>(suite.service, CHANGES, { since, first: 1 });
    expect(first.changes.pageInfo.hasNextPage).toBe(true);
    const second = await ok<{ changes: { edges: { node: Change }[] } }>(suite.service, CHANGES, {
      first: 1,
      after: first.changes.pageInfo.endCursor,
    });
    expect([first, second].map((page) => page.changes.edges[0].node.items[0].id)).toEqual([
      'theme:test-feed-page-a',
      'theme:test-feed-page-b',
    ]);
    expect((await changes(suite.service, snapshot!)).map((c) => c.items[0].id)).toEqual([
      'theme:test-feed-page-b',
    ]);
    const past = new Date(Date.now() - 60 * 60 * 1000).toISOString();
    expect((await changes(suite.service, past)).length).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ['an event not written yet', '999999999', 'there is no event'],
    ['an unknown snapshot', 'a'.repeat(64), 'no export was recorded'],
    ['anything else', 'gisteren', 'must be an event number'],
  ])('refuses %s as since (BAD_USER_INPUT)', async (_what, since, message) => {
    const error = await refused(suite.service, CHANGES, { since });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain(message);
  });

  it('refuses a subscription over plain HTTP', async () => {
    const error = await refused(suite.service, 'subscription { graphChanged { seq } }');
    expect(error.message).toMatch(/WebSocket/);
  });

  describe('live, across service instances', () => {
    let other: ChildService;
    const clients: Client[] = [];
    const connect = (base: string, token?: string) => {
      const client = createClient({
        url: `${base.replace(/^http/, 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
        retryAttempts: 0,
      });
      clients.push(client);
      return client;
    };
    const next = <T>(client: Client, query: string): { value: Promise<T>; stop(): void } => {
      let stop = () => undefined as void;
      const value = new Promise<T>((resolve, reject) => {
        stop = client.subscribe<T>(
          { query },
          {
            next: ({ data, errors }) =>
              errors ? reject(new Error(JSON.stringify(errors))) : resolve(data as T),
            error: (error) => reject(error instanceof Error ? error : new Error(JSON.stringify(error))),
            complete: () => undefined,
          },
        );
      });
      return { value, stop: () => stop() };
    };

    beforeAll(async () => {
      other = await spawnService({ ...AUTH_ENV, LOG_LEVEL: 'info' }, 90_000, childEnv);
    }, 120_000);
    afterAll(async () => {
      await Promise.all(clients.map((client) => client.dispose()));
      await other?.kill();
    });

    it('a write through one instance reaches a subscriber of the other within a second', async () => {
      const publicSub = next<{ graphChanged: Change }>(
        connect(other.base),
        'subscription { graphChanged { seq action actor items { op id } } }',
      );
      const editorSub = next<{ graphChanged: Change }>(
        connect(other.base, TOKENS.editor),
        'subscription { graphChanged { seq action actor items { op id } } }',
      );
      await new Promise((resolve) => setTimeout(resolve, 500));
      const written = Date.now();
      await ok(suite.service, CREATE_THEME, theme('theme:test-feed-live', 'Sociaal Werk Nederland'));
      const [publicly, asEditor] = await Promise.all([publicSub.value, editorSub.value]);
      expect(Date.now() - written).toBeLessThan(1000);
      expect(publicly.graphChanged).toMatchObject({
        action: 'CREATE_NODE',
        actor: null,
        items: [{ op: 'ADDED', id: 'theme:test-feed-live' }],
      });
      expect(asEditor.graphChanged).toMatchObject({
        actor: 'eddie-editor',
        items: [{ op: 'ADDED', id: 'theme:test-feed-live' }],
      });
      publicSub.stop();
      editorSub.stop();
    });

    it('bounds the subscriptions of one connection', async () => {
      const client = connect(other.base);
      const held = Array.from({ length: 5 }, () => next(client, 'subscription { graphChanged { seq } }'));
      const sixth = next(client, 'subscription { graphChanged { seq } }');
      await expect(sixth.value).rejects.toThrow(/At most 5 subscriptions per connection/);
      held.forEach((sub) => sub.stop());
    });

    it('refuses a bad token when connecting', async () => {
      const sub = next(
        connect(other.base, 'not-a-valid-token-0000000000'),
        'subscription { graphChanged { seq } }',
      );
      await expect(sub.value).rejects.toBeDefined();
    });
  });

  it('ends a subscriber that falls behind, with a reason, instead of holding its events', async () => {
    const feed = new ChangeFeed(suite.database, { pollMs: 50, maxQueued: 2, maxBacklog: 1000 });
    try {
      const iterator = await feed.subscribe(ANONYMOUS, null);
      for (const n of [1, 2, 3, 4]) {
        await ok(suite.service, CREATE_THEME, theme(`theme:test-feed-slow-${n}`, 'Marijke Vos'));
      }
      await new Promise((resolve) => setTimeout(resolve, 400));
      await expect(iterator.next()).rejects.toThrow(/Subscriber too slow/);
      expect(feed.size).toBe(0);
    } finally {
      feed.stop();
    }
  });
});
