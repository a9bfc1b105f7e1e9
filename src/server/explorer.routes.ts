import fs from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';
import { PROJECT_ROOT } from '../config/config';
import { HttpErrorCode, notFound, sendError } from './http-errors';

/** Where `npm run build` puts the bundled explorer (see web/vite.config.ts). */
export const EXPLORER_DIR = path.join(PROJECT_ROOT, 'dist', 'web');

/**
 * The page may load nothing but its own files and talk to nothing but this service: proof that it
 * works offline, and a browser-enforced one (a violation is a console error, which the browser tests
 * fail on). ForceAtlas2 runs in a worker made from a blob URL, hence `worker-src blob:`.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * `/explore`: the explorer's static files. Assets carry a content hash in their names, so they are
 * cached for a year; index.html is revalidated on every load so a new build is picked up at once.
 * Every other path under /explore (a deep link such as /explore/node/municipality:delft) gets
 * index.html, and the page's router restores the view from the URL.
 */
export function explorerRouter(dir: string = EXPLORER_DIR): Router {
  const router = express.Router();
  const index = path.join(dir, 'index.html');

  router.use((_req, res, next) => {
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    next();
  });
  router.use(
    '/assets',
    express.static(path.join(dir, 'assets'), { immutable: true, maxAge: '365d', index: false }),
    // A missing asset must not fall back to index.html: the browser would run HTML as a script.
    // It is a 404 like any unknown path, in GraphQL's error shape.
    notFound,
  );
  router.get('/{*deepLink}', (_req, res) => {
    if (!fs.existsSync(index)) {
      sendError(res, 503, HttpErrorCode.EXPLORER_NOT_BUILT, 'The explorer is not built: run `npm run build`');
      return;
    }
    res.sendFile(index, { cacheControl: false, headers: { 'Cache-Control': 'no-cache' } });
  });
  return router;
}
