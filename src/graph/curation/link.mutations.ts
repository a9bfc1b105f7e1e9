import type { NamedTransaction } from '../../db/database';
import { ErrorCode, appError } from '../../db/errors';
import type { GraphContext } from '../compile/context';
import {
  type NodeLabel,
  RELATIONSHIPS,
  RelationshipType,
  endsAllowed,
  relationshipKey,
  storedValues,
} from '../../model';
import { AuditAction } from './audit.type';
import { type EvidencePiece, checkEvidence, newEvidence, readDocuments } from './evidence';
import type { LinkInput } from './link.inputs';
import { type FieldProblem, refuseProblems } from './validation';
import { type Written, curationWrite, pieces } from './write';

/** Which type each property belongs to; it is refused on any other. */
const PROPERTY_TYPES = {
  year: RelationshipType.RECEIVED,
  title: RelationshipType.HOLDS_ROLE,
  context: RelationshipType.PARTNERS_WITH,
} as const;

/** The checks that need no database: the type, its properties, and the two ends being two. */
function shapeProblems(input: LinkInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.type === RelationshipType.MENTIONS) {
    problems.push({
      field: 'input.type',
      messages: ['MENTIONS follows from node evidence: add evidence to the node instead'],
    });
    return problems;
  }
  const spec = RELATIONSHIPS[input.type];
  for (const property of ['year', 'title', 'context'] as const) {
    const value = input[property];
    const given = value !== null && value !== undefined;
    if (given && PROPERTY_TYPES[property] !== input.type) {
      problems.push({
        field: `input.${property}`,
        messages: [`${property} belongs to ${PROPERTY_TYPES[property]} relationships only`],
      });
    }
    if (!given && spec.required?.includes(property as 'year' | 'title')) {
      problems.push({
        field: `input.${property}`,
        messages: [`a ${input.type} relationship needs a ${property}`],
      });
    }
  }
  if (input.from === input.to) {
    problems.push({ field: 'input.to', messages: ['a relationship joins two different nodes'] });
  }
  return problems;
}

/** The ends must exist and be of kinds the type allows (model.ts `endsAllowed`). */
function endProblems(
  input: LinkInput,
  from: NodeLabel | undefined,
  to: NodeLabel | undefined,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!from) problems.push({ field: 'input.from', messages: ['no node with this id'] });
  if (!to) problems.push({ field: 'input.to', messages: ['no node with this id'] });
  if (!from || !to) return problems;
  const spec = RELATIONSHIPS[input.type];
  if (!spec.ends.some(([froms]) => froms.includes(from))) {
    const allowed = [...new Set(spec.ends.flatMap(([froms]) => froms))].join(', ');
    problems.push({
      field: 'input.from',
      messages: [`a ${input.type} relationship cannot start at a ${from} (allowed: ${allowed})`],
    });
  } else if (!endsAllowed(input.type, from, to)) {
    const allowed = [
      ...new Set(spec.ends.filter(([froms]) => froms.includes(from)).flatMap(([, tos]) => tos)),
    ];
    problems.push({
      field: 'input.to',
      messages: [
        `a ${input.type} relationship from a ${from} cannot end at a ${to} (allowed: ${allowed.join(', ')})`,
      ],
    });
  }
  return problems;
}

/**
 * link: checks the type and its properties, the ends (existing, of allowed kinds) and the evidence,
 * refuses a key that exists already (CONFLICT), and creates the relationship with the audit event,
 * in one transaction.
 */
export function link(ctx: GraphContext, input: LinkInput): Promise<string> {
  refuseProblems(shapeProblems(input));
  return curationWrite(ctx, (tx, actor) => linkIn(tx, actor, input));
}

/** The key a link of this input gets. */
export function linkKey(input: LinkInput): string {
  const spec = RELATIONSHIPS[input.type];
  return relationshipKey(input.type, input.from, input.to, spec.discriminator && input[spec.discriminator]);
}

/** link's work inside a curation transaction (also how an accepted proposal links). */
export async function linkIn(
  tx: NamedTransaction,
  actor: string,
  input: LinkInput,
): Promise<Written<string>> {
  refuseProblems(shapeProblems(input));
  const key = linkKey(input);
  const kinds = new Map(
    (await tx.run('curation/node-kinds', { ids: [input.from, input.to] })).map((row) => [
      row.id as string,
      row.label as NodeLabel,
    ]),
  );
  const problems = endProblems(input, kinds.get(input.from), kinds.get(input.to));
  const documents = await readDocuments(
    tx,
    input.evidence.map((e) => e.document),
  );
  const { columns, problems: evidenceProblems } = checkEvidence(input.evidence, documents, 'input.evidence');
  refuseProblems([...problems, ...evidenceProblems]);

  if ((await tx.run('curation/relationship-exists', { type: input.type, key })).length > 0) {
    throw appError(ErrorCode.CONFLICT, `A relationship with key "${key}" exists already`, {
      argumentName: 'input',
      key,
    });
  }
  await tx.run('curation/create-relationships', {
    actor,
    rows: [
      {
        key,
        type: input.type,
        from: input.from,
        to: input.to,
        props: storedValues({
          year: input.year ?? null,
          title: input.title ?? null,
          context: input.context ?? null,
          ...columns,
        }),
      },
    ],
  });
  return {
    result: key,
    audit: {
      action: AuditAction.LINK,
      target: key,
      version: null,
      summary: `linked ${input.from} -${input.type}-> ${input.to} with ${pieces(columns.evidenceDocuments.length)}`,
    },
  };
}

/** unlink: removes the relationship with this key (NOT_FOUND if none), with the audit event. */
export function unlink(ctx: GraphContext, key: string): Promise<boolean> {
  const type = key.split('|')[1] as RelationshipType | undefined;
  if (type === RelationshipType.MENTIONS) {
    refuseProblems([
      { field: 'key', messages: ['MENTIONS follows from node evidence and cannot be unlinked by hand'] },
    ]);
  }
  const notFound = () =>
    appError(ErrorCode.NOT_FOUND, `No relationship with key "${key}"`, { argumentName: 'key' });
  if (!type || !(Object.values(RelationshipType) as string[]).includes(type))
    return Promise.reject(notFound());

  return curationWrite(ctx, async (tx) => {
    const [row] = await tx.run('curation/delete-relationship', { type, key });
    if (!row) throw notFound();
    return {
      result: true,
      audit: {
        action: AuditAction.UNLINK,
        target: key,
        version: null,
        summary: `unlinked ${String(row.from)} -${type}-> ${String(row.to)}`,
      },
    };
  });
}

/**
 * Adds evidence to an existing relationship (an accepted proposal that corroborates it) under its
 * write lock: the pieces checked as every piece is; pieces it holds already are dropped.
 */
export async function addRelationshipEvidenceIn(
  tx: NamedTransaction,
  actor: string,
  type: RelationshipType,
  key: string,
  added: EvidencePiece[],
  field: string,
): Promise<Written<string>> {
  const [locked] = await tx.run('curation/lock-relationship', { type, key });
  if (!locked) {
    throw appError(ErrorCode.NOT_FOUND, `No relationship with key "${key}"`, { argumentName: field });
  }
  const columns = await newEvidence(tx, added, field, locked);
  await tx.run('curation/add-relationship-evidence', { type, key, evidence: columns, actor });
  return {
    result: key,
    audit: {
      action: AuditAction.ADD_EVIDENCE,
      target: key,
      version: null,
      summary: `added ${pieces(columns.evidenceDocuments.length)} to ${String(locked.from)} -${type}-> ${String(locked.to)}`,
    },
  };
}
