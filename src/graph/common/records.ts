import type { NodeLabel, RelationshipType } from '../model';
import type { Direction } from './enums';

/** A piece of evidence as resolvers see it: the document is resolved by id through a loader. */
export interface EvidenceRecord {
  documentId: string;
  excerpt: string;
  inferred: boolean;
  reason: string | null;
}

/** A node as data access returns it: its properties, its label, and evidence the viewer may see. */
export interface NodeRecord {
  id: string;
  name: string;
  label: NodeLabel;
  restricted: boolean;
  aliases: string[];
  evidence: EvidenceRecord[];
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
  evidence: EvidenceRecord[];
  node: NodeRecord;
}
