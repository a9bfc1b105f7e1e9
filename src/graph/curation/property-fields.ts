import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { type ClassType, Field, Int } from 'type-graphql';
import { type PropertySpec, removableByNull } from '../../model';
import { graphqlEnumOf } from '../types/enums';

/**
 * A kind's own properties as fields of its curation inputs, declared from the model: the GraphQL
 * field (type, nullability, default, description) and class-validator's checks, applied by hand in
 * a loop as a decorator would apply them. Adding a curated property to the model adds its fields.
 */

/** Which input: `create<Kind>` (required values required) or `update<Kind>` (every field optional). */
export type InputMode = 'create' | 'update';

/** The values of a kind's own properties on an input, by GraphQL field (generated: no static type). */
export type CuratedValues = Record<string, unknown>;

/** The field's GraphQL type: a scalar, a list of one, or an enum object (type-graphql exports no type for these). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
function graphqlType(property: PropertySpec): Function | object {
  switch (property.type) {
    case 'string':
      return String;
    case 'string[]':
      return [String];
    case 'int':
      return Int;
    case 'boolean':
      return Boolean;
    case 'enum':
      return graphqlEnumOf(property.values ?? []);
    case 'date':
      throw new Error(`${property.field}: curation inputs take no date property yet`);
  }
}

/** What the field holds; an update's also says what omitting it and null do. */
export function inputDescription(property: PropertySpec, mode: InputMode): string {
  if (!property.description) throw new Error(`${property.field}: a curated property needs a description`);
  if (mode === 'create') return property.description;
  const said = property.description.replace(/\.$/, '');
  if (property.type === 'string[]')
    return `${said}: the new list, replacing the old one (omit or null: unchanged).`;
  return removableByNull(property)
    ? `${said} (omit: unchanged; null: removed).`
    : `${said} (omit or null: unchanged).`;
}

/**
 * The checks of a value, in the order their messages are listed. A text must not be empty unless a
 * pattern says what it must be; a list's items are checked as texts.
 */
function checks(property: PropertySpec): PropertyDecorator[] {
  const each = property.type === 'string[]';
  const text: PropertyDecorator[] = [
    property.pattern
      ? Matches(property.pattern.regex, { each, message: `$property must be ${property.pattern.mustBe}` })
      : IsNotEmpty({ each }),
    ...(property.maxLength === undefined ? [] : [MaxLength(property.maxLength, { each })]),
  ];
  switch (property.type) {
    case 'string':
      return text;
    case 'string[]':
      return [...(property.maxItems === undefined ? [] : [ArrayMaxSize(property.maxItems)]), ...text];
    case 'enum':
      return [IsIn([...(property.values ?? [])])];
    case 'int': {
      const [min, max] = property.range ?? [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
      return [IsInt(), Min(min), Max(max)];
    }
    default:
      return [];
  }
}

/** Declares a property as a field of a curation input class, with its checks. */
/** The value a create input's field takes when it is not given (a list: empty). */
export function createDefault(property: PropertySpec): unknown {
  return property.default ?? (property.type === 'string[]' ? [] : undefined);
}

export function declareInputField(input: ClassType, property: PropertySpec, mode: InputMode): void {
  const prototype = input.prototype as object;
  const field = property.field;
  const nullable = mode === 'update' || Boolean(property.nullable);
  // A create input's list defaults to empty, as the seeds' does (the model stores no empty list).
  const defaultValue = mode === 'create' ? createDefault(property) : undefined;
  Field(() => graphqlType(property), {
    nullable,
    description: inputDescription(property, mode),
    ...(defaultValue === undefined ? {} : { defaultValue }),
  })(prototype, field);
  if (nullable) IsOptional()(prototype, field);
  for (const check of checks(property)) check(prototype, field);
}
