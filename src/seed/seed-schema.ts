import { z } from 'zod';
import { DOCUMENT_KINDS, KINDS, NodeLabel, type PropertySpec, RelationshipType, storedName } from '../model';

/** The shapes of the files in seeds/ (see seeds/README.md). Unknown fields are refused: they are typos. */

export const evidenceSchema = z
  .strictObject({
    document: z.string(),
    excerpt: z.string().min(1, 'must not be empty'),
    inferred: z.boolean().default(false),
    reason: z.string().min(1).optional(),
  })
  .refine((e) => !e.inferred || e.reason, { message: 'an inferred fact needs a reason', path: ['reason'] });

const base = {
  id: z.string(),
  name: z.string().min(1, 'must not be empty'),
  aliases: z.array(z.string().min(1)).default([]),
  evidence: z.array(evidenceSchema).min(1, 'every fact needs at least one piece of evidence'),
};

/** A text of the property (or an item of its list): not empty, and within the model's bounds and pattern. */
function seedText(property: PropertySpec): z.ZodString {
  let text = z.string().min(1);
  if (property.maxLength !== undefined) text = text.max(property.maxLength);
  if (property.pattern) text = text.regex(property.pattern.regex, `must be ${property.pattern.mustBe}`);
  return text;
}

/** A stored property's seed value, as the model describes it (the same bounds curation checks). */
function seedValue(property: PropertySpec): z.ZodType {
  let value: z.ZodType;
  if (property.type === 'enum') value = z.enum(property.values as [string, ...string[]]);
  else if (property.type === 'int') {
    const [min, max] = property.range ?? [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
    value = z.number().int().min(min).max(max);
  } else if (property.type === 'string[]') {
    const list = z.array(seedText(property));
    return (property.maxItems === undefined ? list : list.max(property.maxItems)).default([]);
  } else value = seedText(property);
  if (property.default !== undefined) return value.default(property.default as never);
  return property.nullable ? value.optional() : value;
}

/** The seed file schema of a kind, generated from its model: its stored properties under their stored names. */
function nodeEntrySchema(label: NodeLabel) {
  const own = Object.fromEntries(KINDS[label].properties.map((p) => [storedName(p), seedValue(p)]));
  return z.strictObject({ ...base, ...own });
}

/** Curated in seeds/graph/nodes: every kind but Document (documents are seeds/documents, with metadata). */
const CURATED = Object.values(NodeLabel).filter((label) => label !== NodeLabel.Document);

export const nodeEntrySchemas = Object.fromEntries(
  CURATED.map((label) => [label, nodeEntrySchema(label)]),
) as Record<Exclude<NodeLabel, NodeLabel.Document>, ReturnType<typeof nodeEntrySchema>>;

export type CuratedLabel = keyof typeof nodeEntrySchemas;
export const CURATED_LABELS = Object.keys(nodeEntrySchemas) as CuratedLabel[];

export const nodeFileSchema = z.strictObject({
  kind: z.enum(CURATED_LABELS as [CuratedLabel, ...CuratedLabel[]]),
  entries: z.array(z.unknown()),
});

export const relationshipEntrySchema = z.strictObject({
  from: z.string(),
  to: z.string(),
  properties: z
    .strictObject({
      year: z.number().int().min(1900).max(2100).optional(),
      title: z.string().min(1).optional(),
      context: z.string().min(1).optional(),
    })
    .default({}),
  evidence: z.array(evidenceSchema).min(1, 'every fact needs at least one piece of evidence'),
});

export const CURATED_TYPES = Object.values(RelationshipType).filter((t) => t !== RelationshipType.MENTIONS);

export const relationshipFileSchema = z.strictObject({
  type: z.enum(CURATED_TYPES as [RelationshipType, ...RelationshipType[]]),
  entries: z.array(z.unknown()),
});

export const documentMetaSchema = z.strictObject({
  id: z.string(),
  file: z.string(),
  title: z.string().min(1),
  publisher: z.string().nullable(),
  publishedOn: z.iso.date().nullable(),
  language: z.string().min(2),
  kind: z.enum(DOCUMENT_KINDS),
  restricted: z.boolean().default(false),
  restrictedFrom: z.string().min(1).nullable(),
});

export type SeedEvidence = z.output<typeof evidenceSchema>;
export type RelationshipEntry = z.output<typeof relationshipEntrySchema>;
export type DocumentMeta = z.output<typeof documentMetaSchema>;
export type NodeEntry = { id: string; name: string; aliases: string[]; evidence: SeedEvidence[] } & Record<
  string,
  unknown
>;
