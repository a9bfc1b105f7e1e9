import type { GraphContext } from '../compile/context';
import type { Connection } from '../types/connection.type';
import { decodeCursor } from '../records/cursor';
import { toConnection } from '../compile/page';
import type { AuditAction, AuditEvent } from './audit.type';

/**
 * auditLog: one page of events, newest first, keyset-paged on (at, id); the count, and whether an
 * event precedes the page, only on demand.
 */
export async function listAuditEvents(
  { db }: GraphContext,
  args: { target?: string | null; first: number; after?: string | null },
): Promise<Connection<{ cursor: string; node: AuditEvent }>> {
  const after = args.after ? decodeCursor(args.after) : undefined;
  const target = args.target ?? null;
  const rows = await db.read('curation/audit-page', {
    target,
    afterAt: after?.[0] ?? null,
    afterId: after?.[1] ?? null,
    limit: args.first + 1,
  });
  const events = rows.map(({ event }) => {
    const raw = event as Record<string, unknown>;
    return {
      id: raw.id as string,
      at: raw.at as string,
      actor: raw.actor as string,
      action: raw.action as AuditAction,
      target: raw.target as string,
      version: (raw.version as number | null) ?? null,
      summary: raw.summary as string,
    };
  });
  return toConnection(
    events,
    args.first,
    (event) => [event.at, event.id],
    async () => ((await db.read('curation/audit-count', { target }))[0]?.total as number) ?? 0,
    {
      after: args.after,
      precedes: async () =>
        (await db.read('curation/audit-precedes', { target, afterAt: after?.[0], afterId: after?.[1] }))[0]
          ?.precedes === true,
    },
  );
}
