import { Matches, MaxLength, ValidateBy, type ValidationArguments } from 'class-validator';
import { ID_PATTERN } from '../../model';

export const MAX_ID_LENGTH = 200;

/** A node id argument: well-formed (no stray characters reach a query) and of bounded length. */
export function NodeId(argument: string): PropertyDecorator {
  return (target, property) => {
    MaxLength(MAX_ID_LENGTH, { message: `${argument} must be at most ${MAX_ID_LENGTH} characters` })(
      target,
      property,
    );
    Matches(ID_PATTERN, {
      message: `${argument} must be a node id such as municipality:delft (<kind>:<slug>, lower-case letters, digits and hyphens)`,
    })(target, property);
  };
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
