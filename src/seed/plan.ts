import { NodeLabel, RELATIONSHIPS, RelationshipType, relationshipKey } from '../model';
import type { SeedSet } from './read-seeds';
import type { Evidence } from './seed-schema';
import type { SourceText } from './verbatim';

/** Evidence as Neo4j stores it: parallel lists on the node or relationship (maps cannot be properties). */
export interface EvidenceColumns {
  evidenceDocuments: string[];
  evidenceExcerpts: string[];
  evidenceInferred: boolean[];
  evidenceReasons: string[];
  evidenceRestricted: boolean[];
  /** True when every piece of evidence is restricted: then only researchers and editors see it. */
  restricted: boolean;
}

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

/** Every property a seed may set per kind: absent ones are written as null, which removes stale values. */
const KIND_PROPERTIES: Record<string, string[]> = {
  [NodeLabel.Organisation]: ['type', 'formerNames'],
  [NodeLabel.Person]: ['phone'],
  [NodeLabel.Programme]: ['kind', 'description'],
  [NodeLabel.Award]: ['year', 'winnerCount'],
  [NodeLabel.Criterion]: ['text'],
  [NodeLabel.Quote]: ['text', 'language'],
};

function evidenceColumns(evidence: Evidence[], sources: Map<string, SourceText>): EvidenceColumns {
  const restrictedFlags = evidence.map((e) => sources.get(e.document)?.isRestricted(e.excerpt) ?? false);
  return {
    evidenceDocuments: evidence.map((e) => e.document),
    evidenceExcerpts: evidence.map((e) => e.excerpt),
    evidenceInferred: evidence.map((e) => e.inferred),
    evidenceReasons: evidence.map((e) => e.reason ?? ''),
    evidenceRestricted: restrictedFlags,
    restricted: restrictedFlags.every(Boolean),
  };
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
    const columns = evidenceColumns(entry.evidence, sources);
    const props: Record<string, unknown> = {
      name: entry.name,
      aliases: entry.aliases,
      aliasesText: entry.aliases.join(' | ') || null,
      ...columns,
      origin: 'seed',
    };
    for (const key of KIND_PROPERTIES[label] ?? []) props[key] = entry[key] ?? null;
    nodes.push({ id: entry.id, label, props });

    // MENTIONS: each document that names the node, with the excerpts that do.
    const byDocument = new Map<string, Evidence[]>();
    for (const e of entry.evidence) byDocument.set(e.document, [...(byDocument.get(e.document) ?? []), e]);
    for (const [document, evidence] of byDocument) {
      relationships.push({
        key: relationshipKey(RelationshipType.MENTIONS, document, entry.id),
        type: RelationshipType.MENTIONS,
        from: document,
        to: entry.id,
        props: { ...evidenceColumns(evidence, sources), origin: 'seed' },
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
        ...evidenceColumns(entry.evidence, sources),
        origin: 'seed',
      },
    });
  }
  return { nodes, relationships };
}
