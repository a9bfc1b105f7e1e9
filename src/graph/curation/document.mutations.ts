import { ErrorCode, appError } from '../../db/errors';
import type { GraphContext } from '../compile/context';
import { SourceText, normaliseSpace } from '../../model';
import { NodeLabel } from '../../model';
import { AuditAction } from './audit.type';
import { defaultChanges, flippedChanges } from './change';
import { type AddDocumentInput, DocumentFormat } from './document.inputs';
import { documentProperties } from './document.properties';
import { readDocuments } from './evidence';
import { type FieldProblem, refuseProblems } from './validation';
import { curationWrite } from './write';
import { runIntake } from './intake';
import { htmlToText } from '../../intake';

/** What no text document holds: NUL, or U+FFFD where bytes could not be decoded. */
const UNREADABLE = ['\u0000', '\uFFFD'];

/**
 * The input with its text as stored: HTML turned into text (scripts and styles dropped); refused
 * when it is not readable text (a binary file pasted or uploaded), or when nothing is left.
 */
function asText(input: AddDocumentInput): AddDocumentInput {
  if (UNREADABLE.some((mark) => input.text.includes(mark))) {
    refuseProblems([
      {
        field: 'input.text',
        messages: ['is not readable text: it holds NUL or undecodable bytes (a binary file?)'],
      },
    ]);
  }
  if (input.format !== DocumentFormat.HTML) return input;
  const text = htmlToText(input.text);
  if (!/\S/.test(text)) refuseProblems([{ field: 'input.text', messages: ['the HTML holds no text'] }]);
  return Object.assign(Object.create(Object.getPrototypeOf(input) as object) as AddDocumentInput, input, {
    text,
  });
}

type Raw = Record<string, unknown>;
type Flipped = { id: string; kind: string; restricted: boolean };

const PUBLISHER_KINDS: string[] = [NodeLabel.Organisation, NodeLabel.Municipality, NodeLabel.Region];

/**
 * addDocument: stores the text split at the restricted marker exactly as the seed loader does
 * (SourceText.split), after checking that the id is free, the marker occurs in the text and the
 * publisher exists; one transaction with its audit event.
 */
export function addDocument(ctx: GraphContext, given: AddDocumentInput): Promise<string> {
  const input = asText(given);
  const problems: FieldProblem[] = [];
  const marker = input.restrictedFrom ?? null;
  if (marker !== null && !normaliseSpace(input.text).includes(normaliseSpace(marker))) {
    problems.push({
      field: 'input.restrictedFrom',
      messages: ['the marker does not occur verbatim in the text (runs of white space count as one)'],
    });
  }
  refuseProblems(problems);

  return curationWrite(ctx, async (tx, actor) => {
    if ((await tx.run('curation/node-exists', { id: input.id })).length > 0) {
      throw appError(ErrorCode.CONFLICT, `A node with id "${input.id}" exists already`, {
        argumentName: 'input.id',
      });
    }
    if (input.publisher) {
      const [publisher] = await tx.run('curation/node-kinds', { ids: [input.publisher] });
      if (!publisher || !PUBLISHER_KINDS.includes(publisher.label as string)) {
        refuseProblems([
          {
            field: 'input.publisher',
            messages: ['no organisation, municipality or region with this id'],
          },
        ]);
      }
    }
    const props = documentProperties(input);
    const [same] = await tx.run('curation/document-with-text', {
      text: props.text,
      restrictedText: props.restrictedText,
    });
    if (same) {
      throw appError(
        ErrorCode.CONFLICT,
        `This text is in the graph already, as document "${String(same.id)}"`,
        {
          argumentName: 'input.text',
          document: same.id,
        },
      );
    }
    await tx.run('curation/create-document', { id: input.id, actor, props });
    // Intake reads it at once; its proposals wait for review (Document.proposals).
    const intake = await runIntake(tx, actor, input.id);
    const restrictedPart = input.restricted
      ? ', wholly restricted'
      : props.restrictedText
        ? ', with a restricted part'
        : '';
    return {
      result: input.id,
      audit: {
        action: AuditAction.ADD_DOCUMENT,
        target: input.id,
        version: 1,
        summary:
          `added document "${input.title}" (${input.documentKind}, ${input.text.length} characters` +
          `${restrictedPart}); intake proposed ${intake.proposed} facts`,
      },
    };
  });
}

/**
 * setDocumentRestricted: locks the document, marks it (its texts stay split at the marker, so
 * marking it back restores it exactly), and recomputes the restricted flag of every
 * piece of evidence it gives (nodes and relationships alike; a fact is restricted when all its
 * evidence is), in one transaction with its audit event.
 */
export function setDocumentRestricted(ctx: GraphContext, id: string, restricted: boolean): Promise<string> {
  return curationWrite(ctx, async (tx, actor) => {
    const stored = (await readDocuments(tx, [id])).get(id);
    if (!stored) throw appError(ErrorCode.NOT_FOUND, `No document with id "${id}"`, { argumentName: 'id' });
    // A document stored wholly restricted (all its text in restrictedText, as the loader stores
    // one) is split at its marker again when made public, if it is an editor's and so kept its
    // marker; a seeded one keeps its text restricted (the loader keeps no marker): nothing leaks.
    const texts =
      !restricted && stored.origin === 'editor' && !stored.text && stored.restrictedText !== null
        ? new SourceText(stored.restrictedText, stored.restrictedFrom, false).split(
            stored.restrictedFrom,
            false,
          )
        : null;
    const [row] = await tx.run('curation/set-document-restricted', { id, restricted, texts, actor });
    // The document as it is now, to place each cited excerpt in its public or restricted part.
    const now = stored.with(restricted, texts);
    const excerpts = await tx.run('curation/citing-excerpts', { id });
    const flags = Object.fromEntries(
      excerpts.map(({ excerpt }) => [excerpt as string, now.locate(excerpt as string) === 'restricted']),
    );
    const [counts] = await tx.run('curation/set-evidence-restricted', { id, flags });
    const document = row.node as Raw;
    return {
      result: id,
      audit: {
        action: AuditAction.SET_DOCUMENT_RESTRICTED,
        target: id,
        version: document.version as number,
        changes: [
          ...defaultChanges(AuditAction.SET_DOCUMENT_RESTRICTED, id),
          ...flippedChanges([
            ...((counts?.flippedNodes as Flipped[] | undefined) ?? []),
            ...((counts?.flippedRelationships as Flipped[] | undefined) ?? []),
          ]),
        ],
        summary:
          `marked document "${String(document.name)}" ${restricted ? 'restricted' : 'unrestricted'}; ` +
          `recomputed the evidence of ${String(counts?.nodes ?? 0)} nodes and ` +
          `${String(counts?.relationships ?? 0)} relationships citing it`,
      },
    };
  });
}
