import { MaxLength, ValidateBy, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { ID_PREFIX, MAX_ID_LENGTH, type NodeLabel, exampleIdOf, isIdOf } from '../../model';

/**
 * The one id validator, for every argument, filter and input that takes node ids: the model's
 * pattern (`<prefix>:<slug>`, lower-case letters, digits and single hyphens), the prefix of one of
 * `kinds` (any kind when none are given) and the model's maximum length. No stray character reaches
 * a query; the message names the field and never repeats the value.
 */
export function IsNodeId(...kinds: NodeLabel[]): PropertyDecorator {
  return nodeIdDecorator(kinds, {});
}

/** A list of node ids, each checked as by IsNodeId. */
export function AreNodeIds(...kinds: NodeLabel[]): PropertyDecorator {
  return nodeIdDecorator(kinds, { each: true });
}

function nodeIdDecorator(kinds: NodeLabel[], options: ValidationOptions): PropertyDecorator {
  const what =
    kinds.length === 0
      ? 'a node id'
      : `${kinds.length > 1 ? 'an' : article(kinds[0])} ${kinds.map((k) => k.toLowerCase()).join(' or ')} id`;
  const example = kinds.length === 0 ? 'municipality:delft' : exampleIdOf(kinds);
  const form = kinds.length === 0 ? '<kind>' : kinds.map((k) => ID_PREFIX[k]).join('|');
  return (target, property) => {
    const subject = options.each ? `each of ${String(property)}` : String(property);
    MaxLength(MAX_ID_LENGTH, {
      ...options,
      message: `${subject} must be at most ${MAX_ID_LENGTH} characters`,
    })(target, property);
    ValidateBy(
      {
        name: 'isNodeId',
        validator: {
          validate: (value: unknown) =>
            isIdOf(value, kinds) || (typeof value === 'string' && value.length > MAX_ID_LENGTH),
          defaultMessage: () =>
            `${subject} must be ${what} such as ${example} (${form}:<slug>, lower-case letters, digits and hyphens)`,
        },
      },
      options,
    )(target, property);
  };
}

function article(kind: NodeLabel): string {
  return /^[AEIOU]/.test(kind) ? 'an' : 'a';
}

/** The argument must not equal `other`: a path or an interlock joins two different nodes. */
export function DiffersFrom(other: string): PropertyDecorator {
  return ValidateBy({
    name: 'differsFrom',
    constraints: [other],
    validator: {
      validate: (value: unknown, args?: ValidationArguments) =>
        value !== (args?.object as Record<string, unknown> | undefined)?.[other],
      defaultMessage: (args?: ValidationArguments) =>
        `${args?.property ?? 'argument'} must differ from ${other}: it joins two different nodes`,
    },
  });
}
