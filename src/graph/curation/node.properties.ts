import { KINDS, curatedProperties, removableByNull, storedName, storedValues } from '../../model';
import type { CuratedKind, UpdateNodeInput } from './node.inputs';
import type { CuratedValues } from './property-fields';

/**
 * What a create or update input of a curated kind stores: its fields mapped to the stored
 * properties by the model (Programme's `programmeKind` is stored as `kind`), never listed by kind.
 */

type Raw = Record<string, unknown>;

/** The kind's curated properties of a create input, under their stored names (absent ones null). */
export function createdProperties(label: CuratedKind, input: CuratedValues): Raw {
  return Object.fromEntries(
    curatedProperties(KINDS[label]).map((p) => [storedName(p), input[p.field] ?? null]),
  );
}

/** Only the properties an update changes: omitted (undefined) stays; null removes where allowed. */
export function changedProperties(label: CuratedKind, input: UpdateNodeInput & CuratedValues): Raw {
  const props: Raw = {};
  if (input.name != null) props.name = input.name;
  if (input.aliases != null) {
    props.aliases = input.aliases;
    props.aliasesText = input.aliases.join(' | ') || null;
  }
  for (const property of curatedProperties(KINDS[label])) {
    const value = input[property.field];
    if (value === undefined || (value === null && !removableByNull(property))) continue;
    props[storedName(property)] = value;
  }
  // An empty list removes the stored one (the model stores none: storedValues).
  return storedValues(props);
}
