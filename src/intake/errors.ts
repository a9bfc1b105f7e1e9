/** An upload or text the intake engine refuses: `field` names what was wrong (e.g. `file`). */
export class IntakeInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'IntakeInputError';
  }
}
