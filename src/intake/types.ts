import type { NodeLabel, RelationshipType } from '../model';

/** A node of the graph as the intake engine sees it: what it is called. */
export interface KnownNode {
  id: string;
  kind: NodeLabel;
  name: string;
  aliases: string[];
}

/** A relationship of the graph, keyed as src/model/relationships.ts keys it (relationshipKey). */
export interface KnownRelationship {
  key: string;
  type: RelationshipType;
  from: string;
  to: string;
  properties: Record<string, unknown>;
}

/** The known graph a document is read against. */
export interface IntakeGraph {
  nodes: KnownNode[];
  relationships: KnownRelationship[];
}

export enum ProposalKind {
  MENTION = 'MENTION',
  NEW_NODE = 'NEW_NODE',
  RELATIONSHIP = 'RELATIONSHIP',
}

/** One end: a known node (its id) or a candidate (a name and kind, with the id it would get). */
export interface ProposalEnd {
  node: string | null;
  name: string | null;
  kind: NodeLabel;
  proposedId: string | null;
}

/** One fact the engine proposes, with the verbatim sentence that supports it. */
export interface ProposedFact {
  /** Stable: sha256 (hex, 16 chars) of documentId, kind, rule, from, to, start, end. */
  id: string;
  kind: ProposalKind;
  /** MENTIONS for a mention, null for a new node. */
  relationshipType: RelationshipType | null;
  /** For a mention and a new node: the document itself (node = documentId, kind Document). */
  from: ProposalEnd;
  /** Mention: the node named; new node: the candidate. */
  to: ProposalEnd;
  /** A mention whose name fits several nodes: all their ids, and `to.node` null — never guess. */
  candidates: string[];
  /** E.g. HOLDS_ROLE {title}, RECEIVED {year}, PARTNERS_WITH {context}, Quote {text}. */
  properties: Record<string, string | number>;
  /** Exactly text.slice(start, end): the sentence holding the match, trimmed of white space. */
  excerpt: string;
  start: number;
  end: number;
  /** Offsets of the name or cue itself, for highlighting. */
  matchStart: number;
  matchEnd: number;
  /** Which rule proposed it, e.g. 'mention.name', 'nominated_by.voorgedragen-door'. */
  rule: string;
  /** 0..1 */
  confidence: number;
  /** Key of the existing relationship this proposal supports (relationshipKey), else null. */
  corroborates: string | null;
}
