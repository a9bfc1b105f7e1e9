import { z } from 'zod';
import { NodeLabel, OrganisationType, ProgrammeKind, RelationshipType } from '../model';

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

export const nodeEntrySchemas = {
  [NodeLabel.Municipality]: z.strictObject({ ...base }),
  [NodeLabel.Region]: z.strictObject({ ...base }),
  [NodeLabel.Theme]: z.strictObject({ ...base }),
  [NodeLabel.Organisation]: z.strictObject({
    ...base,
    type: z.enum(OrganisationType),
    formerNames: z.array(z.string().min(1)).default([]),
  }),
  [NodeLabel.Person]: z.strictObject({ ...base, phone: z.string().min(1).optional() }),
  [NodeLabel.Programme]: z.strictObject({
    ...base,
    kind: z.enum(ProgrammeKind),
    description: z.string().min(1).optional(),
  }),
  [NodeLabel.Award]: z.strictObject({
    ...base,
    year: z.number().int().min(1900).max(2100),
    winnerCount: z.number().int().positive().optional(),
  }),
  [NodeLabel.Criterion]: z.strictObject({ ...base, text: z.string().min(1) }),
  [NodeLabel.Quote]: z.strictObject({ ...base, text: z.string().min(1), language: z.string().default('nl') }),
} as const;

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
  kind: z.enum(['news', 'press-release', 'web-page', 'article']),
  restricted: z.boolean().default(false),
  restrictedFrom: z.string().min(1).nullable(),
});

export type Evidence = z.output<typeof evidenceSchema>;
export type RelationshipEntry = z.output<typeof relationshipEntrySchema>;
export type DocumentMeta = z.output<typeof documentMetaSchema>;
export type NodeEntry = { id: string; name: string; aliases: string[]; evidence: Evidence[] } & Record<
  string,
  unknown
>;
