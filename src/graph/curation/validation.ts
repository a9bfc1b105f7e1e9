import { Matches, MaxLength } from 'class-validator';
import { ErrorCode, appError } from '../../db/errors';
import { ID_PREFIX, type NodeLabel } from '../../model';

/** The longest id a curation input accepts. */
export const MAX_ID_LENGTH = 200;

/** `<prefix>:<slug>` for one kind, e.g. `theme:jeugdhulp`. */
export function idPattern(label: NodeLabel): RegExp {
  return new RegExp(`^${ID_PREFIX[label]}:[a-z0-9]+(?:-[a-z0-9]+)*$`);
}

/** An id of one kind (or of one of several kinds): the prefix and slug pattern, and a bounded length. */
export function IsNodeId(...labels: NodeLabel[]): PropertyDecorator {
  return nodeIdDecorator(labels, false);
}

/** A list of ids of one kind: each with the prefix and slug pattern. */
export function AreNodeIds(label: NodeLabel): PropertyDecorator {
  return nodeIdDecorator([label], true);
}

function nodeIdDecorator(labels: NodeLabel[], each: boolean): PropertyDecorator {
  const prefixes = labels.map((label) => ID_PREFIX[label]);
  const pattern = new RegExp(`^(?:${prefixes.join('|')}):[a-z0-9]+(?:-[a-z0-9]+)*$`);
  const example = prefixes.map((prefix) => `${prefix}:<slug>`).join(' or ');
  const what = each ? 'each of $property' : '$property';
  return (target: object, property: string | symbol) => {
    MaxLength(MAX_ID_LENGTH, { each })(target, property);
    Matches(pattern, {
      each,
      message: `${what} must be an id like ${example}, the slug in lower-case letters, digits and single hyphens`,
    })(target, property);
  };
}

/** One bad field of an input, as the error formatter reports class-validator's problems. */
export interface FieldProblem {
  field: string;
  messages: string[];
}

/**
 * BAD_USER_INPUT naming each bad field (`extensions.fields`), in the shape the error formatter gives
 * class-validator's problems, so a client handles both alike. No value the client sent is echoed.
 */
export function badInput(problems: FieldProblem[]) {
  return appError(
    ErrorCode.BAD_USER_INPUT,
    `Invalid argument: ${problems.map((p) => `${p.field}: ${p.messages.join(', ')}`).join('; ')}`,
    { fields: problems },
  );
}

/** Throws BAD_USER_INPUT if any problem was found. */
export function refuseProblems(problems: FieldProblem[]): void {
  if (problems.length > 0) throw badInput(problems);
}
