import { endsAllowed, ID_PATTERN, ID_PREFIX, NodeLabel, RELATIONSHIPS, relationshipKey } from '../model';
import type { SeedProblem } from './problems';
import { idMatchesKind, readSeeds, type SeedSet } from './read-seeds';
import type { SeedEvidence } from './seed-schema';

/**
 * Every rule a seed must pass before anything is written: ids unique and well-formed, references
 * resolve to allowed kinds, required properties present, and every excerpt, quote and criterion
 * text found verbatim in its document.
 */
export function validateSeeds(seeds: SeedSet): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const documents = new Map(seeds.documents.map((d) => [d.meta.id, d]));
  const kinds = new Map<string, NodeLabel>();

  for (const doc of seeds.documents) {
    if (kinds.has(doc.meta.id))
      problems.push({ file: doc.metaFile, field: 'id', message: `duplicate id ${doc.meta.id}` });
    kinds.set(doc.meta.id, NodeLabel.Document);
  }

  const checkEvidence = (evidence: SeedEvidence[], file: string, entry: string) =>
    evidence.forEach((e, i) => {
      const doc = documents.get(e.document);
      if (!doc) {
        problems.push({
          file,
          entry,
          field: `evidence[${i}].document`,
          message: `unknown document ${e.document}`,
        });
      } else if (!doc.source.contains(e.excerpt)) {
        problems.push({
          file,
          entry,
          field: `evidence[${i}].excerpt`,
          message: `does not occur verbatim in ${e.document}: "${e.excerpt.slice(0, 80)}"`,
        });
      }
    });

  for (const { label, entry, file, index } of seeds.nodes) {
    const where = `entry #${index + 1} (${entry.id})`;
    if (!ID_PATTERN.test(entry.id) || !idMatchesKind(entry.id, label)) {
      problems.push({
        file,
        entry: where,
        field: 'id',
        message: `must look like ${ID_PREFIX[label]}:lower-case-slug`,
      });
    }
    if (kinds.has(entry.id))
      problems.push({ file, entry: where, field: 'id', message: `duplicate id ${entry.id}` });
    kinds.set(entry.id, label);
    checkEvidence(entry.evidence, file, where);
    const text = entry.text as string | undefined;
    const first = documents.get(entry.evidence[0]?.document);
    if (text && first && !first.source.contains(text)) {
      problems.push({
        file,
        entry: where,
        field: 'text',
        message: `does not occur verbatim in ${first.meta.id}`,
      });
    }
  }

  for (const doc of seeds.documents) {
    const publisher = doc.meta.publisher;
    if (publisher && !kinds.has(publisher)) {
      problems.push({ file: doc.metaFile, field: 'publisher', message: `unknown node ${publisher}` });
    }
  }

  const keys = new Map<string, string>();
  for (const { type, entry, file, index } of seeds.relationships) {
    const where = `entry #${index + 1} (${entry.from} → ${entry.to})`;
    const spec = RELATIONSHIPS[type];
    const fromKind = kinds.get(entry.from);
    const toKind = kinds.get(entry.to);
    // A node refused for its shape is already reported: its references are not "unknown" too.
    if (!fromKind && !seeds.refusedNodeIds.has(entry.from))
      problems.push({ file, entry: where, field: 'from', message: `unknown node ${entry.from}` });
    if (!toKind && !seeds.refusedNodeIds.has(entry.to))
      problems.push({ file, entry: where, field: 'to', message: `unknown node ${entry.to}` });
    if (fromKind && toKind && !endsAllowed(type, fromKind, toKind)) {
      // Name the end at fault: `from` when no pair of the type starts at its kind, else `to`.
      const fromAllowed = spec.ends.some(([froms]) => froms.includes(fromKind));
      problems.push({
        file,
        entry: where,
        field: fromAllowed ? 'to' : 'from',
        message: `${type} cannot join ${fromKind} to ${toKind}`,
      });
    }
    if (entry.from === entry.to)
      problems.push({ file, entry: where, field: 'to', message: 'a node cannot relate to itself' });
    for (const property of spec.required ?? []) {
      if (entry.properties[property] === undefined) {
        problems.push({
          file,
          entry: where,
          field: `properties.${property}`,
          message: `is required for ${type}`,
        });
      }
    }
    const key = relationshipKey(
      type,
      entry.from,
      entry.to,
      spec.discriminator && entry.properties[spec.discriminator],
    );
    const earlier = keys.get(key);
    if (earlier) problems.push({ file, entry: where, message: `duplicates ${earlier}` });
    keys.set(key, `${file} ${where}`);
    checkEvidence(entry.evidence, file, where);
  }
  return problems;
}

/** Reads and validates in one go: the problems of both passes, or the seed set. */
export function readAndValidateSeeds(root: string): { seeds: SeedSet; problems: SeedProblem[] } {
  const { seeds, problems } = readSeeds(root);
  return { seeds, problems: [...problems, ...validateSeeds(seeds)] };
}
