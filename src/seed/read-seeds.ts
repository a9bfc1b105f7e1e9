import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { ID_PATTERN, ID_PREFIX, type NodeLabel, type RelationshipType } from '../model';
import type { SeedProblem } from './problems';
import {
  type CuratedLabel,
  type DocumentMeta,
  documentMetaSchema,
  type NodeEntry,
  nodeEntrySchemas,
  nodeFileSchema,
  type RelationshipEntry,
  relationshipEntrySchema,
  relationshipFileSchema,
} from './seed-schema';
import { SourceText } from '../model';

export interface SeedDocument {
  meta: DocumentMeta;
  source: SourceText;
  metaFile: string;
}

export interface SeedNode {
  label: CuratedLabel;
  entry: NodeEntry;
  file: string;
  index: number;
}

export interface SeedRelationship {
  type: RelationshipType;
  entry: RelationshipEntry;
  file: string;
  index: number;
}

export interface SeedSet {
  root: string;
  documents: SeedDocument[];
  nodes: SeedNode[];
  relationships: SeedRelationship[];
  /** Ids of node entries refused for their shape: references to them are not reported again as unknown. */
  refusedNodeIds: Set<string>;
}

function fieldPath(path: PropertyKey[]): string | undefined {
  return (
    path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
      .join('')
      .replace(/^\./, '') || undefined
  );
}

function zodProblems(error: z.ZodError, file: string, entry?: string): SeedProblem[] {
  return error.issues.flatMap((issue) =>
    // An unknown field (a typo) is named as the field itself, one problem per field.
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          file,
          entry,
          field: fieldPath([...issue.path, key]),
          message: `Unrecognized key: "${key}"`,
        }))
      : [{ file, entry, field: fieldPath(issue.path), message: issue.message }],
  );
}

function readYaml(file: string, rel: string, problems: SeedProblem[]): unknown {
  try {
    return parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push({ file: rel, message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
    return undefined;
  }
}

function yamlFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Reads every seed file, checking shapes; cross-references are checked by validateSeeds. */
export function readSeeds(root: string): { seeds: SeedSet; problems: SeedProblem[] } {
  const problems: SeedProblem[] = [];
  const rel = (file: string) => path.relative(path.dirname(root), file);
  const seeds: SeedSet = { root, documents: [], nodes: [], relationships: [], refusedNodeIds: new Set() };

  const docDir = path.join(root, 'documents');
  for (const metaFile of yamlFiles(docDir).filter((f) => f.endsWith('.meta.yaml'))) {
    const parsed = documentMetaSchema.safeParse(readYaml(metaFile, rel(metaFile), problems));
    if (!parsed.success) {
      problems.push(...zodProblems(parsed.error, rel(metaFile)));
      continue;
    }
    const meta = parsed.data;
    const textFile = path.join(docDir, meta.file);
    if (!fs.existsSync(textFile)) {
      problems.push({ file: rel(metaFile), field: 'file', message: `${meta.file} does not exist` });
      continue;
    }
    const stem = path.basename(meta.file, path.extname(meta.file));
    const expectedId = `document:${stem.toLowerCase().replace(/_/g, '-')}`;
    if (meta.id !== expectedId) {
      problems.push({
        file: rel(metaFile),
        field: 'id',
        message: `must be ${expectedId} (from the file name)`,
      });
    }
    const source = new SourceText(fs.readFileSync(textFile, 'utf8'), meta.restrictedFrom, meta.restricted);
    if (meta.restrictedFrom && source.restrictedAt < 0) {
      problems.push({
        file: rel(metaFile),
        field: 'restrictedFrom',
        message: 'does not occur verbatim in the document',
      });
    }
    seeds.documents.push({ meta, source, metaFile: rel(metaFile) });
  }
  // A mistyped folder would otherwise load as an empty seed set, and pruning would empty the graph.
  if (seeds.documents.length === 0 && problems.length === 0) {
    problems.push({ file: rel(docDir), message: 'holds no documents (*.meta.yaml with its .txt)' });
  }

  for (const file of yamlFiles(path.join(root, 'graph', 'nodes'))) {
    const parsed = nodeFileSchema.safeParse(readYaml(file, rel(file), problems));
    if (!parsed.success) {
      problems.push(...zodProblems(parsed.error, rel(file)));
      continue;
    }
    const { kind, entries } = parsed.data;
    entries.forEach((raw, index) => {
      const label = `entry #${index + 1}${(raw as { id?: string })?.id ? ` (${(raw as { id: string }).id})` : ''}`;
      const entry = nodeEntrySchemas[kind].safeParse(raw);
      if (!entry.success) {
        problems.push(...zodProblems(entry.error, rel(file), label));
        const id = (raw as { id?: unknown })?.id;
        if (typeof id === 'string') seeds.refusedNodeIds.add(id);
      } else seeds.nodes.push({ label: kind, entry: entry.data as NodeEntry, file: rel(file), index });
    });
  }

  for (const file of yamlFiles(path.join(root, 'graph', 'relationships'))) {
    const parsed = relationshipFileSchema.safeParse(readYaml(file, rel(file), problems));
    if (!parsed.success) {
      problems.push(...zodProblems(parsed.error, rel(file)));
      continue;
    }
    const { type, entries } = parsed.data;
    entries.forEach((raw, index) => {
      const r = raw as { from?: string; to?: string };
      const label = `entry #${index + 1} (${r?.from ?? '?'} → ${r?.to ?? '?'})`;
      const entry = relationshipEntrySchema.safeParse(raw);
      if (!entry.success) problems.push(...zodProblems(entry.error, rel(file), label));
      else seeds.relationships.push({ type, entry: entry.data, file: rel(file), index });
    });
  }
  return { seeds, problems };
}

/** `municipality:delft` → Municipality when the prefix fits the kind. */
export function idMatchesKind(id: string, label: NodeLabel): boolean {
  const match = ID_PATTERN.exec(id);
  return match !== null && match[1] === ID_PREFIX[label];
}
