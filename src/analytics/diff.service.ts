import { type Viewer } from '../model';
import { type DiffOptions, type DiffRecord, diffSnapshots } from './diff';
import { type Progress, load } from './analytics.service';
import { FULL_PROJECTION } from './projection';
import { type SnapshotDb, type SnapshotView, loadStoredSnapshot } from './snapshot-store';
import { type GraphSnapshot, snapshotOf } from './snapshot';

/** One side of a diff: a recorded snapshot, or the graph as it is now. */
export interface DiffSide {
  snapshotId: string;
  /** False for the graph now (`to` omitted): its id names what it held, but no export recorded it. */
  recorded: boolean;
  at: string | null;
  seq: number | null;
  view: SnapshotView;
  nodeCount: number;
  relationshipCount: number;
}

export interface DiffResult extends DiffRecord {
  from: DiffSide;
  to: DiffSide;
}

const side = (
  snapshot: GraphSnapshot,
  rest: Omit<DiffSide, 'snapshotId' | 'nodeCount' | 'relationshipCount'>,
) => ({
  snapshotId: snapshot.snapshotId,
  nodeCount: snapshot.nodes.length,
  relationshipCount: snapshot.edges.length,
  ...rest,
});

/**
 * `diff(from, to)`: two recorded snapshots (loadStoredSnapshot refuses unknown ids, restricted
 * snapshots for the public, snapshots without content and snapshots past the caps, naming the
 * argument), or `from` and the graph now. The graph now is read with `from`'s kinds and types, as
 * the caller may see it but never more than `from` was taken as: a researcher comparing a public
 * snapshot with now compares public with public, rather than seeing every restricted fact as added.
 */
export async function runDiff(
  db: SnapshotDb,
  viewer: Viewer,
  args: { from: string; to?: string | null } & DiffOptions,
  progress?: Progress,
): Promise<DiffResult> {
  const from = await loadStoredSnapshot(db, viewer, args.from, 'from');
  let to: { snapshot: GraphSnapshot; side: DiffSide };
  if (args.to !== null && args.to !== undefined) {
    const stored = await loadStoredSnapshot(db, viewer, args.to, 'to');
    to = {
      snapshot: stored.snapshot,
      side: side(stored.snapshot, { recorded: true, at: stored.at, seq: stored.seq, view: stored.view }),
    };
  } else {
    const nowViewer: Viewer = from.view === 'public' ? { ...viewer, seeRestricted: false } : viewer;
    const { graph } = await load(db, nowViewer, from.spec ?? FULL_PROJECTION, progress);
    const snapshot = snapshotOf(graph);
    to = {
      snapshot,
      side: side(snapshot, {
        recorded: false,
        at: null,
        seq: null,
        view: nowViewer.seeRestricted ? 'restricted' : 'public',
      }),
    };
  }
  progress?.(`Comparing ${from.id.slice(0, 12)} with ${to.side.snapshotId.slice(0, 12)}`);
  const record = diffSnapshots(from.snapshot, to.snapshot, args);
  return {
    ...record,
    from: side(from.snapshot, { recorded: true, at: from.at, seq: from.seq, view: from.view }),
    to: to.side,
  };
}
