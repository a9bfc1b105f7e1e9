/**
 * A Cypher statement being compiled: its parameters and variable names. Values only ever enter as
 * parameters (`$p0`, …); labels, relationship types and property names come from the model's
 * allow-list; map keys are GraphQL response keys, which the GraphQL parser has already held to the
 * Name grammar (checked again here).
 */
export class Statement {
  readonly params: Record<string, unknown> = {};
  private nextParam = 0;
  private nextVariable = 0;

  constructor(seeRestricted: boolean) {
    this.params.seeRestricted = seeRestricted;
  }

  /** A new parameter holding `value`; returns its reference, e.g. `$p3`. */
  param(value: unknown): string {
    const name = `p${this.nextParam++}`;
    this.params[name] = value;
    return `$${name}`;
  }

  /** A fresh variable name for a nested pattern. */
  variable(prefix: string): string {
    return `${prefix}${this.nextVariable++}`;
  }
}

const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** A GraphQL response key as a Cypher map key (backticked; it cannot hold a backtick: see NAME). */
export function mapKey(responseKey: string): string {
  if (!NAME.test(responseKey)) throw new Error(`Not a GraphQL name: ${JSON.stringify(responseKey)}`);
  return `\`${responseKey}\``;
}
