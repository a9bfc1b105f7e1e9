import { labelOfId } from '../../model';
import { AuditAction } from './audit-action';

/** What happened to one thing in a change. */
export enum ChangeOp {
  ADDED = 'ADDED',
  CHANGED = 'CHANGED',
  REMOVED = 'REMOVED',
}

/** What the thing is: a node, a relationship, or a piece of evidence added to one of them. */
export enum ChangeEntity {
  NODE = 'NODE',
  RELATIONSHIP = 'RELATIONSHIP',
  EVIDENCE = 'EVIDENCE',
}

/** One thing a change touched, as the audit event records it. */
export interface ChangeItem {
  op: ChangeOp;
  entity: ChangeEntity;
  /** A node id, or a relationship key. */
  id: string;
  /** The node's kind or the relationship's type. */
  kind: string;
  /** Restricted when written (evidence from a restricted passage, a fact that became restricted). */
  restricted: boolean;
}

/** The kind of what an id or key names: a node's label from its prefix, a key's type. */
export function kindOf(idOrKey: string): string {
  return idOrKey.includes('|') ? (idOrKey.split('|')[1] ?? '') : (labelOfId(idOrKey) ?? '');
}

function item(op: ChangeOp, entity: ChangeEntity, id: string, restricted = false): ChangeItem {
  return { op, entity, id, kind: kindOf(id), restricted };
}

/** What a mutation of this action changed, when it says no more itself: its target. */
export function defaultChanges(action: AuditAction, target: string): ChangeItem[] {
  switch (action) {
    case AuditAction.ADD_DOCUMENT:
    case AuditAction.CREATE_NODE:
    case AuditAction.ADD_QUOTE:
      return [item(ChangeOp.ADDED, ChangeEntity.NODE, target)];
    case AuditAction.UPDATE_NODE:
    case AuditAction.SET_DOCUMENT_RESTRICTED:
      return [item(ChangeOp.CHANGED, ChangeEntity.NODE, target)];
    case AuditAction.LINK:
      return [item(ChangeOp.ADDED, ChangeEntity.RELATIONSHIP, target)];
    case AuditAction.UNLINK:
      return [item(ChangeOp.REMOVED, ChangeEntity.RELATIONSHIP, target)];
    case AuditAction.ADD_EVIDENCE:
      return [item(ChangeOp.ADDED, ChangeEntity.EVIDENCE, target)];
    // Review events: the fact an accepted proposal wrote has an event of its own.
    case AuditAction.PROPOSE_FACTS:
    case AuditAction.ACCEPT_PROPOSAL:
    case AuditAction.REJECT_PROPOSAL:
      return [];
  }
}

/** The facts whose restricted flag flipped (set-evidence-restricted), as CHANGED items. */
export function flippedChanges(flipped: { id: string; kind: string; restricted: boolean }[]): ChangeItem[] {
  return flipped.map(({ id, kind, restricted }) => ({
    op: ChangeOp.CHANGED,
    entity: id.includes('|') ? ChangeEntity.RELATIONSHIP : ChangeEntity.NODE,
    id,
    kind,
    restricted,
  }));
}

/** Items as the audit event stores them: parallel lists (Neo4j properties hold no maps). */
export function changeColumns(items: ChangeItem[]) {
  return {
    ops: items.map((i) => i.op),
    entities: items.map((i) => i.entity),
    ids: items.map((i) => i.id),
    kinds: items.map((i) => i.kind),
    restricted: items.map((i) => i.restricted),
  };
}

/** The items of a stored audit event. */
export function storedChanges(raw: Record<string, unknown>): ChangeItem[] {
  const ops = (raw.changeOps as string[] | null) ?? [];
  const at = (list: unknown, i: number) => (list as unknown[] | null)?.[i];
  return ops.map((op, i) => ({
    op: op as ChangeOp,
    entity: at(raw.changeEntities, i) as ChangeEntity,
    id: at(raw.changeIds, i) as string,
    kind: at(raw.changeKinds, i) as string,
    restricted: Boolean(at(raw.changeRestricted, i)),
  }));
}
