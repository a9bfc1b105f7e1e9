import { pipeline } from 'node:stream/promises';
import { newestSeq } from '../graph/curation/change.queries';
import express, { type Request, type Response, type Router } from 'express';
import type { Database } from '../db/database';
import { AppError, ErrorCode, appError, mapDatabaseError } from '../db/errors';
import type { Viewer } from '../model';
import { NodeLabel, RelationshipType } from '../model';
import { viewerOf } from './auth';
import { sendError as sendJsonError } from './http-errors';
import { CONTENT_TYPES, ExportFile, exportStream } from '../analytics/export';
import { FULL_PROJECTION, type ProjectionSpec, loadProjection, resolveSpec } from '../analytics/projection';
import { snapshotOf } from '../analytics/snapshot';
import { recordSnapshot } from '../analytics/snapshot-store';

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.DATABASE_UNAVAILABLE]: 503,
  [ErrorCode.QUERY_TIMEOUT]: 503,
};

/** An error as the GraphQL endpoint would write it: a message and a code, nothing internal. */
function sendError(res: Response, code: string, message: string): void {
  sendJsonError(res, STATUS[code] ?? 500, code, message);
}

/**
 * A list query parameter: `?kinds=Municipality,Organisation` or repeated `?kinds=A&kinds=B`. Values
 * must be names from the model's allow-list; a bad one is refused by name of the parameter, without
 * repeating the value.
 */
function listParam<T extends string>(req: Request, name: string, allowed: readonly T[]): T[] {
  const raw = req.query[name];
  if (raw === undefined) return [];
  const values = (Array.isArray(raw) ? raw : [raw])
    .flatMap((value) => (typeof value === 'string' ? value.split(',') : [null]))
    .map((value) => value?.trim() ?? null)
    .filter((value) => value !== '');
  const bad = values.some((value) => value === null || !allowed.includes(value as T));
  if (bad || values.length > allowed.length) {
    throw appError(
      ErrorCode.BAD_USER_INPUT,
      `Query parameter "${name}" must be a comma-separated list of: ${allowed.join(', ')}`,
    );
  }
  return values as T[];
}

function specOf(req: Request): ProjectionSpec {
  return resolveSpec(
    listParam(req, 'kinds', Object.values(NodeLabel)),
    listParam(req, 'types', Object.values(RelationshipType)),
    FULL_PROJECTION,
  );
}

/**
 * Mounted behind `identify` and `refuseBadCredentials` (app.ts): the caller is known, a bad token
 * already refused. `GET /export/graph.graphml`, `/export/graph.gexf`, `/export/nodes.csv`, `/export/edges.csv`, `/export/graph.json`: the
 * graph (every kind and type, or `?kinds=…&types=…`) as the caller may see it, streamed. The same
 * bearer tokens as the GraphQL endpoint: none is the public reader (no restricted facts), a
 * researcher or editor token includes them, a bad token is 401. The snapshot id (a content hash of
 * what was exported) is in `X-Snapshot-Id` and in the file; it is also the ETag, so a client that
 * already holds this snapshot gets 304. Each snapshot is recorded in Neo4j with the change feed's
 * position, the view it was taken as and its content (gzipped canonical serialisation), so
 * `changes(since: <snapshot id>)` lists what changed after it and `diff(from: <snapshot id>)` what differs.
 */
export function exportRouter(database: Database): Router {
  const router = express.Router();

  const handle = async (file: ExportFile, req: Request, res: Response): Promise<void> => {
    let viewer: Viewer;
    let spec: ProjectionSpec;
    try {
      viewer = viewerOf(res);
      spec = specOf(req);
    } catch (error) {
      const code = error instanceof AppError ? error.extensions.code : ErrorCode.BAD_USER_INPUT;
      sendError(res, code, error instanceof Error ? error.message : 'Bad request');
      return;
    }

    let snapshot;
    try {
      // The point of the change feed this export starts from, read first: a change committed while
      // it reads may be in both (a feed replays, never misses).
      const seq = await newestSeq(database);
      snapshot = snapshotOf(await loadProjection(database, viewer, spec));
      await recordSnapshot(database, snapshot, { seq, format: file, viewer, spec });
    } catch (error) {
      const mapped = mapDatabaseError(error, 'analytics/projection');
      const code = String(mapped.extensions.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
      sendError(
        res,
        code,
        code === ErrorCode.INTERNAL_SERVER_ERROR ? 'Internal server error' : mapped.message,
      );
      return;
    }

    res.setHeader('Content-Type', CONTENT_TYPES[file]);
    res.setHeader('Content-Disposition', `attachment; filename="${file}"`);
    res.setHeader('X-Snapshot-Id', snapshot.snapshotId);
    res.setHeader('ETag', `"${snapshot.snapshotId}-${file}"`);
    // What a researcher sees must not be served from a shared cache to anyone else.
    res.setHeader('Cache-Control', 'private, no-cache');
    res.setHeader('Vary', 'Authorization');
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    try {
      await pipeline(exportStream(file, snapshot), res);
    } catch {
      // The client went away mid-stream, or a write failed: the response is already ended.
      res.destroy();
    }
  };

  for (const file of Object.values(ExportFile)) {
    router.get(`/${file}`, (req, res) => handle(file, req, res));
  }
  return router;
}
