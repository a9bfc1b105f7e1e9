import type { Direction, NodeLabel, RelationshipType } from '../../model';

/** A piece of evidence as resolvers see it: the document is resolved by id through a loader. */
export interface EvidenceRecord {
  documentId: string;
  excerpt: string;
  inferred: boolean;
  reason: string | null;
  /** The document, when a compiled read returned it with the evidence. */
  document?: NodeRecord;
}

/**
 * A node as data access returns it: its properties, its label, and evidence the viewer may see.
 * `evidence` is undefined, and `textsOmitted` true (with no `text` or `description`), when the read
 * left them out (see Projection): the field resolvers then fetch them, never reading them as empty.
 */
export interface NodeRecord {
  id: string;
  name: string;
  label: NodeLabel;
  restricted: boolean;
  aliases: string[];
  evidence?: EvidenceRecord[];
  textsOmitted?: boolean;
  /**
   * What a compiled read (src/graph/compile) returned for the relationship fields and `neighbours`
   * below this node, by response key: their resolvers read it and make no round trip.
   */
  _?: Record<string, unknown>;
  /** A document's texts, when a compiled read returned them. */
  documentText?: { text: string; restrictedText: string | null };
  [property: string]: unknown;
}

/** A relationship seen from one end, with the node at the other end. */
export interface RelationshipRecord {
  key: string;
  type: RelationshipType;
  direction: Direction.OUT | Direction.IN;
  year: number | null;
  title: string | null;
  context: string | null;
  restricted: boolean;
  /** Undefined when the read left it out (see Projection). */
  evidence?: EvidenceRecord[];
  node: NodeRecord;
}
