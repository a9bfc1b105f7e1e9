import type { NamedTransaction } from '../../db/database';
import { ErrorCode, appError } from '../../db/errors';
import type { GraphContext } from '../compile/context';
import { storedValues } from '../../model';
import { AuditAction } from './audit.type';
import { type EvidencePiece, checkEvidence, mentionRows, newEvidence, readDocuments } from './evidence';
import type { CreateNodeInput, CuratedKind, UpdateNodeInput } from './node.inputs';
import { changedProperties, createdProperties } from './node.properties';
import type { CuratedValues } from './property-fields';
import { refuseProblems } from './validation';
import { type Written, curationWrite, pieces } from './write';

type Raw = Record<string, unknown>;

async function refuseTakenId(tx: NamedTransaction, id: string): Promise<void> {
  if ((await tx.run('curation/node-exists', { id })).length > 0) {
    throw appError(ErrorCode.CONFLICT, `A node with id "${id}" exists already`, { argumentName: 'input.id' });
  }
}

/**
 * create<Kind>: checks that the id is free and that every piece of evidence quotes its document,
 * then writes the node, a MENTIONS edge from each document it cites, and the audit event, in one
 * transaction.
 */
export function createNode(
  ctx: GraphContext,
  label: CuratedKind,
  input: CreateNodeInput & CuratedValues,
): Promise<string> {
  return curationWrite(ctx, (tx, actor) => createNodeIn(tx, actor, label, input));
}

/** createNode's work inside a curation transaction (also how an accepted proposal creates a node). */
export async function createNodeIn(
  tx: NamedTransaction,
  actor: string,
  label: CuratedKind,
  input: CreateNodeInput & CuratedValues,
): Promise<Written<string>> {
  await refuseTakenId(tx, input.id);
  const documents = await readDocuments(
    tx,
    input.evidence.map((e) => e.document),
  );
  const { columns, problems } = checkEvidence(input.evidence, documents, 'input.evidence');
  refuseProblems(problems);

  await tx.run('curation/create-node', {
    id: input.id,
    label,
    actor,
    props: storedValues({
      name: input.name,
      aliases: input.aliases,
      aliasesText: input.aliases.join(' | ') || null,
      ...createdProperties(label, input),
      ...columns,
    }),
  });
  await tx.run('curation/merge-mentions', { rows: mentionRows(input.id, columns), actor });
  return {
    result: input.id,
    audit: {
      action: AuditAction.CREATE_NODE,
      target: input.id,
      version: 1,
      summary: `created ${label} "${input.name}" with ${pieces(columns.evidenceDocuments.length)}`,
    },
  };
}

/**
 * update<Kind>: takes the node's write lock first, then compares its version with the one the
 * editor saw (CONFLICT naming the current version if they differ), checks new evidence, and writes
 * the changes with version + 1, MENTIONS for newly cited documents, and the audit event.
 */
export function updateNode(
  ctx: GraphContext,
  label: CuratedKind,
  id: string,
  expectedVersion: number,
  input: UpdateNodeInput & CuratedValues,
): Promise<string> {
  const props = changedProperties(label, input);
  const added = input.addEvidence ?? [];
  if (Object.keys(props).length === 0 && added.length === 0) {
    refuseProblems([{ field: 'input', messages: ['give at least one change (a field or addEvidence)'] }]);
  }
  const kind = label.toLowerCase();

  return curationWrite(ctx, async (tx, actor) => {
    const [locked] = await tx.run('curation/lock-node', { id });
    if (!locked || locked.label !== label) {
      throw appError(ErrorCode.NOT_FOUND, `No ${kind} with id "${id}"`, { argumentName: 'id' });
    }
    const conflict = (current: unknown) =>
      appError(
        ErrorCode.CONFLICT,
        `The ${kind} "${id}" is at version ${String(current)}, not ${expectedVersion}: someone changed it ` +
          'meanwhile. Read it again and re-apply your change.',
        { argumentName: 'expectedVersion', currentVersion: current },
      );
    if (locked.version !== expectedVersion) throw conflict(locked.version);

    const columns = await newEvidence(tx, added, 'input.addEvidence', locked);

    const [row] = await tx.run('curation/update-node', {
      id,
      expectedVersion,
      props,
      evidence: columns,
      actor,
    });
    if (!row) throw conflict((await tx.run('curation/lock-node', { id }))[0]?.version);
    await tx.run('curation/merge-mentions', { rows: mentionRows(id, columns), actor });
    const node = row.node as Raw;
    const changed = Object.keys(props).filter((key) => key !== 'aliasesText');
    const what = [
      ...(changed.length ? [`set ${changed.join(', ')}`] : []),
      ...(columns.evidenceDocuments.length ? [`added ${pieces(columns.evidenceDocuments.length)}`] : []),
    ];
    return {
      result: id,
      audit: {
        action: AuditAction.UPDATE_NODE,
        target: id,
        version: node.version as number,
        summary: `updated ${label} "${String(node.name)}": ${what.join('; ') || 'no new facts'}`,
      },
    };
  });
}

/**
 * Adds evidence to a node of any kind (an accepted mention): under the node's write lock, the new
 * pieces checked as every piece is, appended with MENTIONS from the documents they cite, version + 1
 * and the audit event. Pieces it holds already are dropped; none left: nothing to write.
 */
export async function addNodeEvidenceIn(
  tx: NamedTransaction,
  actor: string,
  id: string,
  added: EvidencePiece[],
  field: string,
): Promise<Written<string>> {
  const [locked] = await tx.run('curation/lock-node', { id });
  if (!locked) throw appError(ErrorCode.NOT_FOUND, `No node with id "${id}"`, { argumentName: field });
  const columns = await newEvidence(tx, added, field, locked);
  const [row] = await tx.run('curation/update-node', {
    id,
    expectedVersion: locked.version,
    props: {},
    evidence: columns,
    actor,
  });
  await tx.run('curation/merge-mentions', { rows: mentionRows(id, columns), actor });
  const node = row.node as Raw;
  return {
    result: id,
    audit: {
      action: AuditAction.UPDATE_NODE,
      target: id,
      version: node.version as number,
      summary: `updated ${String(locked.label)} "${String(node.name)}": added ${pieces(columns.evidenceDocuments.length)}`,
    },
  };
}
