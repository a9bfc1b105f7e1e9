import type { NamedTransaction } from '../../db/database';
import type { GraphContext } from '../compile/context';
import type { AuditAction } from './audit.type';
import { type ChangeItem, changeColumns, defaultChanges } from './change';

/** What the audit event of a mutation says. */
export interface AuditEntry {
  action: AuditAction;
  target: string;
  /** The node's version after the change; null for relationships. */
  version: number | null;
  summary: string;
  /** What it changed, for the change feed; by default its target (see defaultChanges). */
  changes?: ChangeItem[];
}

/** What a mutation's work hands back: its result and the audit event to write with it. */
export interface Written<T> {
  result: T;
  /** Null when the work changed nothing (intake run again on an unchanged graph): no event. */
  audit: AuditEntry | null;
}

/**
 * Runs one curation mutation as ONE write transaction: the work's validation reads and writes, and
 * then its audit event, all or nothing. Any error the work throws (BAD_USER_INPUT, CONFLICT,
 * NOT_FOUND) rolls everything back. The driver retries transient failures (e.g. a deadlock
 * between two editors) by running the work again from the start, so the work keeps no state
 * outside the transaction.
 */
export async function curationWrite<T>(
  ctx: GraphContext,
  work: (tx: NamedTransaction, actor: string) => Promise<Written<T>>,
): Promise<T> {
  // @Authorized('editor') guarantees a subject; the fallback only satisfies the type.
  const actor = ctx.viewer.subject ?? 'unknown';
  const result = await ctx.db.transaction('WRITE', async (tx) => {
    const { result, audit } = await work(tx, actor);
    if (audit) await writeAudit(tx, actor, audit);
    return result;
  });
  return result;
}

/** Writes an audit event, with what it changed, as the next event of the change feed. */
export async function writeAudit(tx: NamedTransaction, actor: string, audit: AuditEntry): Promise<void> {
  const { changes, ...event } = audit;
  await tx.run('curation/audit', {
    ...event,
    actor,
    changes: changeColumns(changes ?? defaultChanges(audit.action, audit.target)),
  });
}

/** `n pieces of evidence`, for summaries. */
export function pieces(count: number): string {
  return `${count} piece${count === 1 ? '' : 's'} of evidence`;
}
