import { gunzipSync, gzipSync } from 'node:zlib';
import { ErrorCode, appError } from '../db/errors';
import type { Viewer } from '../model';
import { type NodeLabel, type RelationshipType } from '../model';
import { assertAnalysable } from './limits';
import type { ProjectionSpec, ReadTransactions } from './projection';
import { type GraphSnapshot, SNAPSHOT_FORMAT, canonicalSerialisation, parseCanonical } from './snapshot';

type Row = Record<string, unknown>;

/** What the snapshot store runs its named statements on: the Database or a request's RequestDb. */
export interface SnapshotDb extends ReadTransactions {
  read(name: string, params?: Row): Promise<Row[]>;
  write(name: string, params?: Row): Promise<Row[]>;
}

/** Which view a snapshot was taken as: a researcher's or editor's (restricted facts in it) or the public's. */
export type SnapshotView = 'public' | 'restricted';

export const viewOf = (viewer: Viewer): SnapshotView => (viewer.seeRestricted ? 'restricted' : 'public');

/**
 * Records an export's snapshot (changes/record-snapshot: id, time, the change feed's seq, the view it
 * was taken as, its kinds and types) and, the first time, its content: the canonical serialisation
 * the id hashes, gzipped, as a byte array property (changes/store-snapshot-content). Idempotent: the
 * same id is the same content, stored once however often it is exported.
 *
 * Why the whole canonical form rather than keys and per-item hashes: it is exactly what the id
 * names (gunzip, hash, compare: a stored snapshot proves itself), a diff can say which fields of an
 * item changed and which pieces of evidence came or went, and the analyses re-run on it with names
 * and kinds. Its size is that of an export, gzipped (excerpts repeat and compress well); hashes of
 * 400k items would be tens of MB that do not compress at all and could answer only "something
 * changed". A snapshot past the analysis caps is still recorded (an export is not refused), and a
 * diff of it is refused by its stored counts before its content is read.
 */
export async function recordSnapshot(
  db: SnapshotDb,
  snapshot: GraphSnapshot,
  { seq, format, viewer, spec }: { seq: number; format: string; viewer: Viewer; spec: ProjectionSpec },
): Promise<void> {
  const [row] = await db.write('changes/record-snapshot', {
    id: snapshot.snapshotId,
    seq,
    format,
    view: viewOf(viewer),
    kinds: spec.kinds,
    types: spec.types,
  });
  if (row?.hasContent) return;
  const canonical = snapshot.canonical ?? canonicalSerialisation(snapshot.nodes, snapshot.edges);
  const gzipped = gzipSync(Buffer.from(canonical, 'utf8'));
  await db.write('changes/store-snapshot-content', {
    id: snapshot.snapshotId,
    // The driver sends an Int8Array as a byte array (a Buffer would not be one).
    content: new Int8Array(gzipped.buffer, gzipped.byteOffset, gzipped.byteLength),
    contentFormat: SNAPSHOT_FORMAT,
    nodeCount: snapshot.nodes.length,
    relationshipCount: snapshot.edges.length,
  });
}

/** A recorded snapshot as a diff reads it. */
export interface StoredSnapshot {
  id: string;
  at: string | null;
  seq: number | null;
  view: SnapshotView;
  spec: ProjectionSpec | null;
  snapshot: GraphSnapshot;
}

/**
 * A recorded snapshot, for `viewer`, named by the argument `argumentName` in every refusal:
 * NOT_FOUND when no export recorded that id; FORBIDDEN when it was taken as a researcher's or
 * editor's view and the viewer is the public (its content holds restricted facts);
 * BAD_USER_INPUT when it was recorded without content, or in an older format (before diffs);
 * ANALYSIS_TOO_LARGE when it holds more than the analysis caps (checked on its stored counts, before
 * its content is read).
 */
export async function loadStoredSnapshot(
  db: SnapshotDb,
  viewer: Viewer,
  id: string,
  argumentName: string,
): Promise<StoredSnapshot> {
  const refuse = (code: ErrorCode, message: string) =>
    appError(code, `${argumentName}: ${message}`, { argumentName });
  const meta = async (withContent: boolean) =>
    /^[0-9a-f]{64}$/.test(id)
      ? (await db.read('changes/snapshot-record', { id, withContent }))[0]
      : undefined;
  const record = await meta(false);
  if (!record) throw refuse(ErrorCode.NOT_FOUND, `no export was recorded with snapshot id "${id}"`);
  const view: SnapshotView = record.view === 'public' ? 'public' : 'restricted';
  if (view === 'restricted' && !viewer.seeRestricted) {
    throw refuse(
      ErrorCode.FORBIDDEN,
      'this snapshot was taken as a researcher’s view and may hold restricted facts; only researchers and editors may diff it',
    );
  }
  if (record.contentFormat !== SNAPSHOT_FORMAT || record.nodeCount === null) {
    throw refuse(
      ErrorCode.BAD_USER_INPUT,
      `this snapshot was recorded without its content (format ${String(record.contentFormat ?? 'none')}, ` +
        `diffs need ${SNAPSHOT_FORMAT}); export the graph again to take one that can be compared`,
    );
  }
  assertAnalysable({ nodes: Number(record.nodeCount), relationships: Number(record.relationshipCount) });
  const full = await meta(true);
  const content = full?.content;
  if (!Buffer.isBuffer(content)) throw refuse(ErrorCode.NOT_FOUND, `the content of snapshot "${id}" is gone`);
  const snapshot = parseCanonical(gunzipSync(content).toString('utf8'));
  if (snapshot.snapshotId !== id) {
    throw new Error(`Stored snapshot ${id} does not hash to its id (${snapshot.snapshotId})`);
  }
  const kinds = record.kinds as NodeLabel[] | null;
  const types = record.types as RelationshipType[] | null;
  return {
    id,
    at: (record.at as string | null) ?? null,
    seq: record.seq === null || record.seq === undefined ? null : Number(record.seq),
    view,
    spec: kinds && types ? { kinds, types } : null,
    snapshot,
  };
}
