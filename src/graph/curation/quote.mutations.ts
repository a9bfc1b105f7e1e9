import type { NamedTransaction } from '../../db/database';
import { ErrorCode, appError } from '../../db/errors';
import type { GraphContext } from '../compile/context';
import { normaliseSpace } from '../../model';
import { NodeLabel, RelationshipType, relationshipKey, storedValues } from '../../model';
import { AuditAction } from './audit.type';
import { ChangeEntity, ChangeOp, defaultChanges } from './change';
import { checkEvidence, mentionRows, readDocuments } from './evidence';
import type { AddQuoteInput } from './quote.inputs';
import { type FieldProblem, refuseProblems } from './validation';
import { type Written, curationWrite } from './write';

type Raw = Record<string, unknown>;

/** The opening words of a quote as its short label (how the seeds name quotes). */
export function quoteLabel(text: string, words = 8): string {
  const all = normaliseSpace(text).split(' ');
  return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')}…`;
}

/**
 * addQuote: the text must occur verbatim in the document; the speaker must be a person and every
 * theme a theme. Writes the Quote (its evidence: the text in that document), SAID, QUOTED_IN,
 * CONCERNS and MENTIONS, all with that evidence, and the audit event, in one transaction.
 */
export function addQuote(ctx: GraphContext, input: AddQuoteInput): Promise<string> {
  return curationWrite(ctx, (tx, actor) => addQuoteIn(tx, actor, input));
}

/** addQuote's work inside a curation transaction (also how an accepted quote proposal is written). */
export async function addQuoteIn(
  tx: NamedTransaction,
  actor: string,
  input: AddQuoteInput,
): Promise<Written<string>> {
  if ((await tx.run('curation/node-exists', { id: input.id })).length > 0) {
    throw appError(ErrorCode.CONFLICT, `A node with id "${input.id}" exists already`, {
      argumentName: 'input.id',
    });
  }
  const problems: FieldProblem[] = [];
  const kinds = new Map(
    (await tx.run('curation/node-kinds', { ids: [input.speaker, ...input.themes] })).map((row) => [
      row.id as string,
      row.label as string,
    ]),
  );
  if (kinds.get(input.speaker) !== NodeLabel.Person) {
    problems.push({ field: 'input.speaker', messages: ['no person with this id'] });
  }
  input.themes.forEach((theme, i) => {
    if (kinds.get(theme) !== NodeLabel.Theme) {
      problems.push({ field: `input.themes[${i}]`, messages: ['no theme with this id'] });
    }
  });

  const documents = await readDocuments(tx, [input.document]);
  const document = documents.get(input.document);
  const evidence = [{ document: input.document, excerpt: input.text, inferred: false }];
  const { columns, problems: evidenceProblems } = checkEvidence(evidence, documents, 'evidence');
  if (!document) {
    problems.push({ field: 'input.document', messages: ['no document with this id'] });
  } else if (evidenceProblems.length > 0) {
    problems.push({
      field: 'input.text',
      messages: ['the quote does not occur verbatim in the document (runs of white space count as one)'],
    });
  }
  refuseProblems(problems);

  const [row] = await tx.run('curation/create-node', {
    id: input.id,
    label: NodeLabel.Quote,
    actor,
    props: storedValues({
      name: input.name ?? quoteLabel(input.text),
      aliases: [],
      aliasesText: null,
      text: input.text,
      language: document?.language ?? 'nl',
      ...columns,
    }),
  });
  const edge = (type: RelationshipType, from: string, to: string) => ({
    key: relationshipKey(type, from, to),
    type,
    from,
    to,
    props: storedValues({ year: null, title: null, context: null, ...columns }),
  });
  const edges = [
    edge(RelationshipType.SAID, input.speaker, input.id),
    edge(RelationshipType.QUOTED_IN, input.id, input.document),
    ...input.themes.map((theme) => edge(RelationshipType.CONCERNS, input.id, theme)),
  ];
  await tx.run('curation/create-relationships', { actor, rows: edges });
  await tx.run('curation/merge-mentions', { rows: mentionRows(input.id, columns), actor });
  const quote = row.node as Raw;
  return {
    result: input.id,
    audit: {
      action: AuditAction.ADD_QUOTE,
      target: input.id,
      version: 1,
      changes: [
        ...defaultChanges(AuditAction.ADD_QUOTE, input.id),
        ...edges.map((edge) => ({
          op: ChangeOp.ADDED,
          entity: ChangeEntity.RELATIONSHIP,
          id: edge.key,
          kind: edge.type,
          restricted: false,
        })),
      ],
      summary:
        `added quote "${String(quote.name)}" said by ${input.speaker} in ${input.document}` +
        (input.themes.length ? `, concerning ${input.themes.join(', ')}` : ''),
    },
  };
}
