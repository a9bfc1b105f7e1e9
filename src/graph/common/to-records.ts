import { KINDS, type NodeLabel, storedName } from '../../model';
import type { Direction } from './enums';
import { FULL_PROJECTION, type Projection } from './projection';
import type { EvidenceRecord, NodeRecord, RelationshipRecord } from './records';
import type { Viewer } from '../../model';

type Raw = Record<string, unknown>;

/** A record with its scalars only: its evidence and long texts are fetched if a client asks. */
const SCALARS_ONLY: Projection = { nodeEvidence: false, nodeTexts: false, edgeEvidence: false };

/**
 * Evidence is stored as parallel lists; this zips them, leaving out restricted pieces for a
 * viewer who may not see them (a public fact may also be supported by a restricted source).
 */
export function evidenceOf(raw: Raw, viewer: Viewer): EvidenceRecord[] {
  const documents = (raw.evidenceDocuments as string[] | null) ?? [];
  const excerpts = (raw.evidenceExcerpts as string[] | null) ?? [];
  const inferred = (raw.evidenceInferred as boolean[] | null) ?? [];
  const reasons = (raw.evidenceReasons as string[] | null) ?? [];
  const restricted = (raw.evidenceRestricted as boolean[] | null) ?? [];
  // The cited documents, where the read returned them (cypher/fragments/evidence): their scalars
  // only, so what else a client asks of them (evidence, texts) is loaded as for any node.
  const cited = (raw.evidenceDocumentNodes as (Raw | null)[] | null) ?? [];
  return documents.flatMap((documentId, i) =>
    restricted[i] && !viewer.seeRestricted
      ? []
      : [
          {
            documentId,
            excerpt: excerpts[i],
            inferred: inferred[i] ?? false,
            reason: reasons[i] || null,
            document: cited[i] ? toNodeRecord(cited[i], viewer, SCALARS_ONLY) : undefined,
          },
        ],
  );
}

/**
 * The evidence a read returned, or undefined when its projection left it out. Reads with a
 * projection nest the columns under `evidence`; the others (`n {.*}`) return them flat.
 */
export function fetchedEvidence(raw: Raw, fetched: boolean, viewer: Viewer): EvidenceRecord[] | undefined {
  return fetched ? evidenceOf((raw.evidence as Raw | null | undefined) ?? raw, viewer) : undefined;
}

/** A kind's list properties it does not store (an empty list is not stored: model/stored.ts) as []. */
function emptyListsOf(raw: Raw): Raw {
  const lists: Raw = {};
  for (const property of KINDS[raw.label as NodeLabel]?.properties ?? []) {
    const name = storedName(property);
    if (property.type === 'string[]' && (raw[name] === null || raw[name] === undefined)) lists[name] = [];
  }
  return lists;
}

/**
 * A node from Cypher (`n {.*, label: …}`) as the API's NodeRecord. `projection` says what the query
 * returned: what it left out is left out of the record too (see NodeRecord).
 */
export function toNodeRecord(raw: Raw, viewer: Viewer, projection: Projection = FULL_PROJECTION): NodeRecord {
  const record: NodeRecord = {
    ...raw,
    id: raw.id as string,
    name: raw.name as string,
    label: raw.label as NodeLabel,
    restricted: Boolean(raw.restricted),
    aliases: (raw.aliases as string[] | null) ?? [],
    ...emptyListsOf(raw),
    evidence: fetchedEvidence(raw, projection.nodeEvidence, viewer),
    restrictedText: viewer.seeRestricted ? (raw.restrictedText ?? null) : null,
  };
  if (!projection.nodeTexts) {
    delete record.text;
    delete record.description;
    record.textsOmitted = true;
  }
  return record;
}

/** A `{rel, node}` pair from Cypher as a RelationshipRecord (`projection` as for toNodeRecord). */
export function toRelationshipRecord(
  raw: { rel: Raw; node: Raw },
  viewer: Viewer,
  projection: Projection = FULL_PROJECTION,
): RelationshipRecord {
  const rel = raw.rel;
  return {
    key: rel.key as string,
    type: rel.type as RelationshipRecord['type'],
    direction: rel.direction as Direction.OUT | Direction.IN,
    year: (rel.year as number | null) ?? null,
    title: (rel.title as string | null) ?? null,
    context: (rel.context as string | null) ?? null,
    restricted: Boolean(rel.restricted),
    evidence: fetchedEvidence(rel, projection.edgeEvidence, viewer),
    node: toNodeRecord(raw.node, viewer, projection),
  };
}
