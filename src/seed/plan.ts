import {
  type EvidenceColumns,
  NodeLabel,
  RELATIONSHIPS,
  RelationshipType,
  type SourceText,
  KINDS,
  evidenceColumns,
  mentionsOf,
  storedName,
  relationshipKey,
  storedValues,
} from '../model';
import type { SeedSet } from './read-seeds';
import type { SeedEvidence } from './seed-schema';

export interface NodeRow {
  id: string;
  label: NodeLabel;
  props: Record<string, unknown>;
}

export interface RelationshipRow {
  key: string;
  type: RelationshipType;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

export interface LoadPlan {
  nodes: NodeRow[];
  relationships: RelationshipRow[];
}

/** Every property a seed may set per kind (the model's): absent ones are written as null, which removes stale values. */
function kindProperties(label: NodeLabel): string[] {
  return KINDS[label].properties.map(storedName);
}

/** A seed's evidence as stored: restricted where its excerpt reaches into a restricted part. */
function storedEvidence(evidence: SeedEvidence[], sources: Map<string, SourceText>): EvidenceColumns {
  return evidenceColumns(
    evidence,
    evidence.map((e) => sources.get(e.document)?.isRestricted(e.excerpt) ?? false),
  );
}

/** Turns a validated seed set into the rows the loader writes, MENTIONS derived from node evidence. */
export function buildLoadPlan(seeds: SeedSet): LoadPlan {
  const sources = new Map(seeds.documents.map((d) => [d.meta.id, d.source]));
  const nodes: NodeRow[] = [];
  const relationships: RelationshipRow[] = [];

  for (const { meta, source } of seeds.documents) {
    const { text, restrictedText } = source.split(meta.restrictedFrom, meta.restricted);
    nodes.push({
      id: meta.id,
      label: NodeLabel.Document,
      props: {
        name: meta.title,
        title: meta.title,
        file: meta.file,
        publisher: meta.publisher,
        publishedOn: meta.publishedOn,
        language: meta.language,
        kind: meta.kind,
        text,
        restrictedText,
        restricted: meta.restricted,
        origin: 'seed',
      },
    });
  }

  for (const { label, entry } of seeds.nodes) {
    const columns = storedEvidence(entry.evidence, sources);
    const props: Record<string, unknown> = {
      name: entry.name,
      aliases: entry.aliases,
      aliasesText: entry.aliases.join(' | ') || null,
      ...columns,
      origin: 'seed',
    };
    for (const key of kindProperties(label)) props[key] = entry[key] ?? null;
    nodes.push({ id: entry.id, label, props });

    // MENTIONS: each document that names the node, with the excerpts that do (the model's rule).
    for (const mention of mentionsOf(columns)) {
      relationships.push({
        key: relationshipKey(RelationshipType.MENTIONS, mention.document, entry.id),
        type: RelationshipType.MENTIONS,
        from: mention.document,
        to: entry.id,
        props: { ...mention.columns, origin: 'seed' },
      });
    }
  }

  for (const { type, entry } of seeds.relationships) {
    const spec = RELATIONSHIPS[type];
    relationships.push({
      key: relationshipKey(
        type,
        entry.from,
        entry.to,
        spec.discriminator && entry.properties[spec.discriminator],
      ),
      type,
      from: entry.from,
      to: entry.to,
      props: {
        year: entry.properties.year ?? null,
        title: entry.properties.title ?? null,
        context: entry.properties.context ?? null,
        ...storedEvidence(entry.evidence, sources),
        origin: 'seed',
      },
    });
  }
  // What is stored of each value (the model's rule: lists that say nothing are left out).
  return {
    nodes: nodes.map((row) => ({ ...row, props: storedValues(row.props) })),
    relationships: relationships.map((row) => ({ ...row, props: storedValues(row.props) })),
  };
}
