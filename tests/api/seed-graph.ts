/**
 * The seeded graph as the API should show it to the public, worked out from the seed files alone
 * (seeds/graph/*.yaml and seeds/documents/*.meta.yaml), without the loader's code: the tests in this
 * folder compare what the service answers over HTTP with what these files say.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const SEEDS = path.join(__dirname, '..', '..', 'seeds');

export type Kind =
  | 'Municipality'
  | 'Region'
  | 'Organisation'
  | 'Person'
  | 'Programme'
  | 'Award'
  | 'Criterion'
  | 'Theme'
  | 'Document'
  | 'Quote';

export interface SeedEvidence {
  document: string;
  excerpt: string;
  inferred: boolean;
  reason: string | null;
  /** The excerpt reaches into the document's restricted part. */
  restricted: boolean;
}

export interface SeedNode {
  id: string;
  kind: Kind;
  name: string;
  /** Every other property of the entry (type, kind, year, text, title…). */
  props: Record<string, unknown>;
  evidence: SeedEvidence[];
  restricted: boolean;
}

export interface SeedRelationship {
  key: string;
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
  evidence: SeedEvidence[];
  restricted: boolean;
}

interface RawEvidence {
  document: string;
  excerpt: string;
  inferred?: boolean;
  reason?: string;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Seeds/README.md: "symmetric in meaning, stored once"; the key names the pair in a fixed order. */
const SYMMETRIC = new Set(['PARTNERS_WITH']);
const DISCRIMINATOR: Record<string, string> = {
  RECEIVED: 'year',
  HOLDS_ROLE: 'title',
  PARTNERS_WITH: 'context',
};

function keyOf(type: string, from: string, to: string, props: Record<string, unknown>): string {
  const [a, b] = SYMMETRIC.has(type) && to < from ? [to, from] : [from, to];
  const discriminator = DISCRIMINATOR[type] ? props[DISCRIMINATOR[type]] : undefined;
  return discriminator === undefined || discriminator === null || discriminator === ''
    ? `${a}|${type}|${b}`
    : `${a}|${type}|${b}|${String(discriminator)}`;
}

function readYaml<T>(file: string): T {
  return parse(fs.readFileSync(file, 'utf8')) as T;
}

export class SeedGraph {
  readonly nodes = new Map<string, SeedNode>();
  readonly relationships: SeedRelationship[] = [];
  /** Document id → its metadata. */
  readonly documents = new Map<string, Record<string, unknown>>();
  private readonly restrictedAt = new Map<string, { text: string; at: number }>();

  constructor() {
    const documentsDir = path.join(SEEDS, 'documents');
    for (const file of fs
      .readdirSync(documentsDir)
      .filter((f) => f.endsWith('.meta.yaml'))
      .sort()) {
      const meta = readYaml<Record<string, unknown>>(path.join(documentsDir, file));
      const text = normalise(fs.readFileSync(path.join(documentsDir, meta.file as string), 'utf8'));
      const marker = meta.restrictedFrom as string | null;
      const at = meta.restricted ? 0 : marker ? text.indexOf(normalise(marker)) : Infinity;
      this.restrictedAt.set(meta.id as string, { text, at });
      this.documents.set(meta.id as string, meta);
      this.nodes.set(meta.id as string, {
        id: meta.id as string,
        kind: 'Document',
        name: meta.title as string,
        props: meta,
        evidence: [],
        restricted: Boolean(meta.restricted),
      });
    }

    const nodesDir = path.join(SEEDS, 'graph', 'nodes');
    for (const file of fs.readdirSync(nodesDir).sort()) {
      const { kind, entries } = readYaml<{ kind: Kind; entries: Record<string, unknown>[] }>(
        path.join(nodesDir, file),
      );
      for (const entry of entries) {
        const evidence = this.evidence(entry.evidence as RawEvidence[]);
        const node: SeedNode = {
          id: entry.id as string,
          kind,
          name: entry.name as string,
          props: entry,
          evidence,
          restricted: evidence.every((e) => e.restricted),
        };
        this.nodes.set(node.id, node);
        // MENTIONS: derived from node evidence, one per document, with that document's excerpts.
        for (const document of [...new Set(evidence.map((e) => e.document))]) {
          const pieces = evidence.filter((e) => e.document === document);
          this.relationships.push({
            key: keyOf('MENTIONS', document, node.id, {}),
            type: 'MENTIONS',
            from: document,
            to: node.id,
            props: {},
            evidence: pieces,
            restricted: pieces.every((e) => e.restricted),
          });
        }
      }
    }

    const relationshipsDir = path.join(SEEDS, 'graph', 'relationships');
    for (const file of fs.readdirSync(relationshipsDir).sort()) {
      const { type, entries } = readYaml<{ type: string; entries: Record<string, unknown>[] }>(
        path.join(relationshipsDir, file),
      );
      for (const entry of entries) {
        const props = (entry.properties as Record<string, unknown> | undefined) ?? {};
        const evidence = this.evidence(entry.evidence as RawEvidence[]);
        this.relationships.push({
          key: keyOf(type, entry.from as string, entry.to as string, props),
          type,
          from: entry.from as string,
          to: entry.to as string,
          props,
          evidence,
          restricted: evidence.every((e) => e.restricted),
        });
      }
    }
  }

  private evidence(raw: RawEvidence[]): SeedEvidence[] {
    return raw.map((e) => {
      const source = this.restrictedAt.get(e.document);
      if (!source) throw new Error(`Evidence cites an unknown document ${e.document}`);
      const at = source.text.indexOf(normalise(e.excerpt));
      if (at < 0) throw new Error(`Excerpt not found verbatim in ${e.document}: ${e.excerpt}`);
      return {
        document: e.document,
        excerpt: e.excerpt,
        inferred: e.inferred ?? false,
        reason: e.reason ?? null,
        restricted: at + normalise(e.excerpt).length > source.at,
      };
    });
  }

  node(id: string): SeedNode {
    const node = this.nodes.get(id);
    if (!node) throw new Error(`No seed node ${id}`);
    return node;
  }

  /** Every node of a kind the public may see. */
  visible(kind: Kind): SeedNode[] {
    return [...this.nodes.values()].filter((n) => n.kind === kind && !n.restricted);
  }

  /** Every node of a kind, restricted ones included. */
  all(kind: Kind): SeedNode[] {
    return [...this.nodes.values()].filter((n) => n.kind === kind);
  }

  /** A relationship the public may see: not restricted, and both its ends visible. */
  isVisible(r: SeedRelationship): boolean {
    return !r.restricted && !this.node(r.from).restricted && !this.node(r.to).restricted;
  }

  private visibleCache?: SeedRelationship[];

  visibleRelationships(): SeedRelationship[] {
    this.visibleCache ??= this.relationships.filter((r) => this.isVisible(r));
    return this.visibleCache;
  }

  /** Does a visible relationship of one of `types` join `from` to `to` (in that direction)? */
  joins(types: string[], from: string, to: string): boolean {
    return this.visibleRelationships().some((r) => types.includes(r.type) && r.from === from && r.to === to);
  }

  /** Ids of visible nodes the visible relationships of `types` lead to from `id`, following the direction. */
  targets(types: string[], id: string, direction: 'OUT' | 'IN' | 'BOTH'): string[] {
    return this.related(id, { types, direction }).map(({ other }) => other.id);
  }

  /**
   * The relationships of a node as `related.cypher` pages them: of the types and direction, to the
   * kinds, ordered by the other node's name, id, then the relationship key.
   */
  related(
    id: string,
    spec: { types?: string[]; direction: 'OUT' | 'IN' | 'BOTH'; kinds?: Kind[] },
  ): { relationship: SeedRelationship; other: SeedNode; direction: 'OUT' | 'IN' }[] {
    return this.visibleRelationships()
      .flatMap((relationship) => {
        if (spec.types && !spec.types.includes(relationship.type)) return [];
        const out = relationship.from === id;
        const into = relationship.to === id;
        if (!out && !into) return [];
        if (spec.direction === 'OUT' && !out) return [];
        if (spec.direction === 'IN' && !into) return [];
        const other = this.node(out ? relationship.to : relationship.from);
        if (spec.kinds && !spec.kinds.includes(other.kind)) return [];
        return [{ relationship, other, direction: out ? ('OUT' as const) : ('IN' as const) }];
      })
      .sort(
        (a, b) =>
          compare(a.other.name, b.other.name) ||
          compare(a.other.id, b.other.id) ||
          compare(a.relationship.key, b.relationship.key),
      );
  }
}

/** Neo4j orders strings by code unit, as JavaScript's `<` does (not by locale). */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Ids in the API's list order: by name, ties by id. */
export function byName(nodes: SeedNode[], order: 'NAME_ASC' | 'NAME_DESC' = 'NAME_ASC'): string[] {
  const sorted = [...nodes].sort((a, b) => compare(a.name, b.name) || compare(a.id, b.id)).map((n) => n.id);
  return order === 'NAME_ASC' ? sorted : sorted.reverse();
}

export const contains = (value: unknown, part: string) =>
  typeof value === 'string' && value.toLowerCase().includes(part.toLowerCase());
