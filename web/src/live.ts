import { createClient } from 'graphql-ws';
import { stringifyDocument } from '@urql/core';
import { GraphChangedDocument, type GraphChangedSubscription } from './generated/graphql';
import { authHeaders } from './session';

/** One change as the explorer hears of it: the ids of the nodes and keys of the relationships it touched. */
export interface LiveChange {
  seq: number;
  ids: string[];
}

/** The node ids a relationship key names (`from|TYPE|to[|discriminator]`), with the key itself. */
function touched(id: string): string[] {
  const parts = id.split('|');
  return parts.length >= 3 ? [id, parts[0]!, parts[2]!] : [id];
}

/**
 * Follows the service's change feed over WebSocket (graphql-ws on /graphql), signed in as the page
 * is, and hands each change to `onChange`. Reconnects by itself after a drop; returns the stop.
 */
export function followChanges(token: string | null, onChange: (change: LiveChange) => void): () => void {
  const url = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`;
  const client = createClient({
    url,
    connectionParams: () => authHeaders(token),
    retryAttempts: Infinity,
    shouldRetry: () => true,
  });
  const stop = client.subscribe<GraphChangedSubscription>(
    { query: stringifyDocument(GraphChangedDocument) },
    {
      next: ({ data }) => {
        const change = data?.graphChanged;
        if (!change) return;
        onChange({ seq: change.seq, ids: [...new Set(change.items.flatMap((item) => touched(item.id)))] });
      },
      error: () => undefined,
      complete: () => undefined,
    },
  );
  return () => {
    stop();
    void client.dispose();
  };
}
