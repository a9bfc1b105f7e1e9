import type { NodeLabel, RelationshipType } from '../../model';
import type { Direction } from './enums';

/** A piece of evidence as resolvers see it: the document is resolved by id through a loader. */
export interface EvidenceRecord {
  documentId: string;
  excerpt: string;
  inferred: boolean;
  reason: string | null;
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
