import { ErrorCode, appError } from '../../db/errors';

export { AreNodeIds, IsNodeId } from '../types/validators';

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
