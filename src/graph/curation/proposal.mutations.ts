import { type ValidationError, validate } from 'class-validator';
import type { NamedTransaction } from '../../db/database';
import { AppError, ErrorCode, appError } from '../../db/errors';
import { NodeLabel, RelationshipType, relationshipKey } from '../../model';
import { ProposalKind } from '../../intake';
import type { GraphContext } from '../compile/context';
import { AuditAction } from './audit.type';
import { EvidenceInput } from './evidence.inputs';
import { type IntakeRun, intakeText, proposedKey, runIntake } from './intake';
import { LinkInput } from './link.inputs';
import { addRelationshipEvidenceIn, linkIn } from './link.mutations';
import { CREATE_INPUTS, CURATED_LABELS, type CuratedKind, createDefaults } from './node.inputs';
import { addNodeEvidenceIn, createNodeIn } from './node.mutations';
import type { ProposalEdits } from './proposal.inputs';
import { proposalValues, toProposal } from './proposal.records';
import { type Proposal, type ProposalEndValue, ProposalStatus } from './proposal.type';
import { AddQuoteInput } from './quote.inputs';
import { addQuoteIn } from './quote.mutations';
import { type FieldProblem, refuseProblems } from './validation';
import { type Written, curationWrite, writeAudit } from './write';

type Raw = Record<string, unknown>;

/** proposeFacts: intake again on a document (say after the graph grew), with its audit event. */
export async function proposeAgain(ctx: GraphContext, document: string): Promise<IntakeRun> {
  return curationWrite(ctx, async (tx, actor) => {
    const run = await runIntake(tx, actor, document);
    return {
      result: run,
      audit: !(run.created || run.superseded)
        ? null
        : {
            action: AuditAction.PROPOSE_FACTS,
            target: document,
            version: null,
            summary: `read ${document}: ${run.proposed} proposals, ${run.created} new, ${run.superseded} superseded`,
          },
    };
  });
}

/** The proposal, locked for this transaction: NOT_FOUND, or CONFLICT when it was decided already. */
async function lockPending(tx: NamedTransaction, id: string): Promise<{ proposal: Proposal; text: string }> {
  const [row] = await tx.run('intake/lock-proposal', { id });
  if (!row) throw appError(ErrorCode.NOT_FOUND, `No proposal with id "${id}"`, { argumentName: 'id' });
  const proposal = toProposal(row.proposal as Raw);
  if (!row.documentExists) {
    throw appError(
      ErrorCode.NOT_FOUND,
      `The document "${proposal.document}" of proposal "${id}" is no longer in the graph`,
      { argumentName: 'id' },
    );
  }
  if (proposal.status !== ProposalStatus.PENDING) {
    throw appError(
      ErrorCode.CONFLICT,
      `Proposal "${id}" is ${proposal.status.toLowerCase()} already` +
        (proposal.decidedBy ? ` (by ${proposal.decidedBy})` : ''),
      { argumentName: 'id', status: proposal.status },
    );
  }
  return {
    proposal,
    text: intakeText(row.text as string | null, row.restrictedText as string | null),
  };
}

/** The excerpt to cite: the proposal's sentence, or the document text between the edited bounds. */
function excerptOf(proposal: Proposal, text: string, edits: ProposalEdits): string {
  const start = edits.start ?? proposal.start;
  const end = edits.end ?? proposal.end;
  const problems: FieldProblem[] = [];
  if (end <= start) problems.push({ field: 'edits.end', messages: ['the excerpt must end after it starts'] });
  if (end > text.length) {
    problems.push({ field: 'edits.end', messages: [`the document text has ${text.length} characters`] });
  }
  const excerpt = problems.length ? '' : text.slice(start, end);
  if (!problems.length && !/\S/.test(excerpt)) {
    problems.push({ field: 'edits.start', messages: ['the excerpt would be only white space'] });
  }
  refuseProblems(problems);
  return excerpt;
}

/** class-validator's problems of an input built from a proposal, named as `edits` fields. */
function problemsOf(errors: ValidationError[], path = 'edits'): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = `${path}.${error.property}`;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...problemsOf(error.children ?? [], field)];
  });
}

/** Builds a curation input as the GraphQL edge would, and refuses it as the edge would. */
async function checkedInput<T extends object>(
  type: new () => T,
  values: Record<string, unknown>,
): Promise<T> {
  const input = Object.assign(new type(), values);
  refuseProblems(problemsOf(await validate(input, { forbidUnknownValues: false })));
  return input;
}

function evidence(document: string, excerpt: string): EvidenceInput[] {
  return [Object.assign(new EvidenceInput(), { document, excerpt, inferred: false })];
}

/** A relationship end: a node, or a candidate that is in the graph by now (its new-node proposal accepted). */
async function endNode(
  tx: NamedTransaction,
  end: Proposal['from'],
  edited: string | null | undefined,
  field: string,
): Promise<string> {
  if (edited) return edited;
  if (end.nodeId) return end.nodeId;
  if (end.proposedId && (await tx.run('curation/node-exists', { id: end.proposedId })).length > 0) {
    return end.proposedId;
  }
  return refuse(
    field,
    `"${end.name ?? '?'}" is not in the graph yet: accept its new-node proposal first, or name a node in ${field}`,
  );
}

function refuse(field: string, message: string): never {
  refuseProblems([{ field, messages: [message] }]);
  throw new Error('unreachable');
}

/** Writes the fact a proposal proposes, by the curation mutation that writes such a fact. */
async function writeFact(
  tx: NamedTransaction,
  actor: string,
  proposal: Proposal,
  excerpt: string,
  edits: ProposalEdits,
): Promise<Written<string>> {
  const pieces = evidence(proposal.document, excerpt);
  const values = proposalValues(proposal);
  switch (proposal.kind) {
    case ProposalKind.MENTION: {
      const node = edits.to ?? proposal.to.nodeId;
      if (!node) {
        return refuse(
          'edits.to',
          `the name fits several nodes: choose one of ${proposal.candidates.join(', ')}`,
        );
      }
      if (
        proposal.candidates.length > 0 &&
        !proposal.candidates.includes(node) &&
        node !== proposal.to.nodeId
      ) {
        return refuse('edits.to', `choose one of the candidates: ${proposal.candidates.join(', ')}`);
      }
      return addNodeEvidenceIn(tx, actor, node, pieces, 'edits');
    }
    case ProposalKind.NEW_NODE:
      return createFromProposal(tx, actor, proposal, pieces, values, edits);
    case ProposalKind.RELATIONSHIP: {
      const type = proposal.relationshipType as RelationshipType;
      const input = await checkedInput(LinkInput, {
        type,
        from: await endNode(tx, proposal.from, edits.from, 'edits.from'),
        to: await endNode(tx, proposal.to, edits.to, 'edits.to'),
        year: edits.year ?? (values.year as number | undefined) ?? null,
        title: edits.title ?? (values.title as string | undefined) ?? null,
        context: edits.context ?? (values.context as string | undefined) ?? null,
        evidence: pieces,
      });
      const key = proposedKey({
        relationshipType: type,
        from: { node: input.from, name: null, kind: proposal.from.kind, proposedId: null },
        to: { node: input.to, name: null, kind: proposal.to.kind, proposedId: null },
        properties: {
          ...(input.year ? { year: input.year } : {}),
          ...(input.title ? { title: input.title } : {}),
          ...(input.context ? { context: input.context } : {}),
        },
      });
      if (key && (await tx.run('curation/relationship-exists', { type, key })).length > 0) {
        return addRelationshipEvidenceIn(tx, actor, type, key, pieces, 'edits');
      }
      return linkIn(tx, actor, input);
    }
  }
}

/** The speaker of a proposed quote, from its SAID proposal: a person in the graph by now. */
async function speakerOf(tx: NamedTransaction, proposal: Proposal): Promise<string> {
  const [said] = await tx.run('intake/quote-speaker', {
    document: proposal.document,
    quote: proposal.to.proposedId,
  });
  if (!said) return refuse('edits.from', 'a quote needs its speaker: give the id of the person who said it');
  const end = {
    nodeId: said.node as string | null,
    name: said.name as string | null,
    kind: NodeLabel.Person,
    proposedId: said.proposedId as string | null,
  };
  return endNode(tx, end, null, 'edits.from');
}

/** A new node: the curated create of its kind, or addQuote for a quote (its speaker one end). */
async function createFromProposal(
  tx: NamedTransaction,
  actor: string,
  proposal: Proposal,
  pieces: EvidenceInput[],
  values: Record<string, string | number>,
  edits: ProposalEdits,
): Promise<Written<string>> {
  const candidate: ProposalEndValue = { ...proposal.to, node: null };
  const id = edits.id ?? candidate.proposedId;
  const name = edits.name ?? candidate.name;
  if (candidate.kind === NodeLabel.Quote) {
    const speaker = edits.from ?? (await speakerOf(tx, proposal));
    const input = await checkedInput(AddQuoteInput, {
      id,
      text: values.text ?? pieces[0].excerpt,
      speaker,
      document: proposal.document,
      themes: [],
    });
    const written = await addQuoteIn(tx, actor, input);
    await tx.run('intake/settle-quote-proposals', {
      document: proposal.document,
      quote: candidate.proposedId,
      saidKey: relationshipKey(RelationshipType.SAID, input.speaker, input.id),
      quotedInKey: relationshipKey(RelationshipType.QUOTED_IN, input.id, input.document),
      actor,
    });
    return written;
  }
  if (!(CURATED_LABELS as string[]).includes(candidate.kind)) {
    return refuse(
      'id',
      `a new ${candidate.kind.toLowerCase()} is not created from a proposal: add it by hand`,
    );
  }
  const label = candidate.kind as CuratedKind;
  const kindValues: Record<string, unknown> =
    label === NodeLabel.Organisation
      ? { type: edits.organisationType ?? values.type ?? 'OTHER' }
      : label === NodeLabel.Programme
        ? { programmeKind: edits.programmeKind ?? values.kind ?? 'INITIATIVE' }
        : {};
  const input = await checkedInput(CREATE_INPUTS[label], {
    ...createDefaults(label),
    id,
    name,
    aliases: [],
    evidence: pieces,
    ...kindValues,
  });
  return createNodeIn(tx, actor, label, input);
}

/** Accepts one pending proposal inside the caller's transaction; its own audit event and the fact's. */
async function acceptIn(
  tx: NamedTransaction,
  actor: string,
  id: string,
  edits: ProposalEdits,
): Promise<Written<string>> {
  const { proposal, text } = await lockPending(tx, id);
  const excerpt = excerptOf(proposal, text, edits);
  const written = await writeFact(tx, actor, proposal, excerpt, edits);
  if (written.audit) await writeAudit(tx, actor, written.audit);
  await tx.run('intake/decide-proposal', {
    id,
    status: ProposalStatus.ACCEPTED,
    result: written.result,
    reason: null,
    actor,
  });
  return {
    result: id,
    audit: {
      action: AuditAction.ACCEPT_PROPOSAL,
      target: id,
      version: null,
      summary: `accepted proposal ${id} (${proposal.rule}) of ${proposal.document}: ${written.audit?.summary ?? 'nothing new'}`,
    },
  };
}

/** acceptProposal: the fact written by the curation path, validated, evidence verbatim, audited, one transaction. */
export function acceptProposal(
  ctx: GraphContext,
  id: string,
  edits: ProposalEdits | null | undefined,
): Promise<string> {
  return curationWrite(ctx, (tx, actor) => acceptIn(tx, actor, id, edits ?? {}));
}

/** What accepting a rule's proposals did: the ids accepted, and those left pending with why. */
export interface AcceptedRule {
  accepted: string[];
  skipped: { id: string; message: string }[];
}

/**
 * acceptProposals: every pending proposal of one rule in one document, in one transaction. One that
 * cannot be accepted as it stands (an ambiguous name, a candidate end not in the graph yet) is left
 * pending and named with the reason; a check that refuses a proposal writes nothing of it.
 */
export function acceptRule(ctx: GraphContext, document: string, rule: string): Promise<AcceptedRule> {
  return curationWrite(ctx, async (tx, actor) => {
    const ids = (await tx.run('intake/rule-proposals', { document, rule })).map((row) => row.id as string);
    const outcome: AcceptedRule = { accepted: [], skipped: [] };
    for (const id of ids) {
      try {
        const written = await acceptIn(tx, actor, id, {});
        if (written.audit) await writeAudit(tx, actor, written.audit);
        outcome.accepted.push(id);
      } catch (error) {
        // Only our own refusals (a check made before anything of the proposal is written) leave the
        // transaction usable; a database error (it has a cause) ends it, and so the whole call.
        const refused = error instanceof AppError && error.cause === undefined;
        if (!refused || error.extensions.code === ErrorCode.INTERNAL_SERVER_ERROR) throw error;
        outcome.skipped.push({ id, message: (error as Error).message });
      }
    }
    return {
      result: outcome,
      audit: {
        action: AuditAction.ACCEPT_PROPOSAL,
        target: document,
        version: null,
        summary: `accepted ${outcome.accepted.length} proposals of rule ${rule} in ${document}; ${outcome.skipped.length} left pending`,
      },
    };
  });
}

/** rejectProposal: recorded with the reason and an audit event; nothing else changes. */
export function rejectProposal(ctx: GraphContext, id: string, reason: string): Promise<string> {
  return curationWrite(ctx, async (tx, actor) => {
    const { proposal } = await lockPending(tx, id);
    await tx.run('intake/decide-proposal', {
      id,
      status: ProposalStatus.REJECTED,
      result: null,
      reason,
      actor,
    });
    return {
      result: id,
      audit: {
        action: AuditAction.REJECT_PROPOSAL,
        target: id,
        version: null,
        summary: `rejected proposal ${id} (${proposal.rule}) of ${proposal.document}: ${reason}`,
      },
    };
  });
}

/** Reads proposals back after a write (the mutation's answer). */
export async function readProposals(ctx: GraphContext, ids: string[]): Promise<Proposal[]> {
  if (ids.length === 0) return [];
  const rows = await ctx.db.read('intake/proposals-by-ids', { ids });
  const byId = new Map(
    rows.map((row) => [row.proposal && (row.proposal as Raw).id, toProposal(row.proposal as Raw)]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}
