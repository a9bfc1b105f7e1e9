import type { ErrorRequestHandler, NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * Codes of the refusals made before a request reaches GraphQL (besides those of `ErrorCode`).
 * BAD_REQUEST is also what Apollo itself answers for a request it cannot read.
 */
export const HttpErrorCode = {
  BAD_REQUEST: 'BAD_REQUEST',
  NOT_FOUND: 'NOT_FOUND',
  METHOD_NOT_ALLOWED: 'METHOD_NOT_ALLOWED',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  IDENTITY_PROVIDER_UNAVAILABLE: 'IDENTITY_PROVIDER_UNAVAILABLE',
  EXPLORER_NOT_BUILT: 'EXPLORER_NOT_BUILT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

/** The code of the error a response carried, for the request log line and the errors metric. */
export function errorCodeOf(res: Response): string | undefined {
  return res.locals.errorCode as string | undefined;
}

/**
 * An error in GraphQL's response shape, `{ errors: [{ message, extensions: { code } }] }`, so a
 * client reads every refusal the same way, whichever layer refused.
 */
export function sendError(
  res: Response,
  status: number,
  code: string,
  message: string,
  extensions: Record<string, unknown> = {},
): void {
  res.locals.errorCode = code;
  res.status(status).json({ errors: [{ message, extensions: { ...extensions, code } }] });
}

/** 405 with `Allow` for any other method. */
export function allowMethods(...methods: string[]): RequestHandler {
  const allowed = new Set(methods);
  return (req, res, next) => {
    if (allowed.has(req.method)) return next();
    res.setHeader('Allow', methods.join(', '));
    sendError(
      res,
      405,
      HttpErrorCode.METHOD_NOT_ALLOWED,
      `Method ${req.method} is not allowed here; use ${methods.join(' or ')}`,
    );
  };
}

const SIMPLE_TYPES = ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data'];

/**
 * A POST must be `application/json` (415 otherwise). One exception: a request Apollo's CSRF
 * prevention blocks (no JSON, a type a browser form may send, and no preflight header) is left to
 * Apollo, whose 400 names the header to add, the more useful advice.
 */
export function requireJsonBody(req: Request, res: Response, next: NextFunction): void {
  if (req.method !== 'POST' || req.is('application/json')) return next();
  const type = req.headers['content-type'];
  const simple = !type || SIMPLE_TYPES.some((t) => type.toLowerCase().startsWith(t));
  const preflighted = Boolean(
    req.headers['apollo-require-preflight'] || req.headers['x-apollo-operation-name'],
  );
  if (simple && !preflighted) return next();
  sendError(
    res,
    415,
    HttpErrorCode.UNSUPPORTED_MEDIA_TYPE,
    'The request body must be application/json: {"query": "…", "variables": {…}}',
  );
}

/** 404 for any path nothing serves; inside a router (`/explore/assets`) the path is still the whole one. */
export const notFound: RequestHandler = (req, res) => {
  const where = `${req.baseUrl}${req.path}`.slice(0, 100);
  sendError(res, 404, HttpErrorCode.NOT_FOUND, `Nothing here: ${req.method} ${where}`);
};

/** What body-parser's errors (`err.type`) mean to the client. */
const BODY_ERRORS: Record<string, [number, string, string]> = {
  'entity.parse.failed': [400, HttpErrorCode.BAD_REQUEST, 'The request body is not valid JSON'],
  'entity.too.large': [413, HttpErrorCode.PAYLOAD_TOO_LARGE, 'The request body is larger than the limit'],
  'encoding.unsupported': [
    415,
    HttpErrorCode.UNSUPPORTED_MEDIA_TYPE,
    'The content encoding is not supported',
  ],
  'charset.unsupported': [
    415,
    HttpErrorCode.UNSUPPORTED_MEDIA_TYPE,
    'The charset is not supported; use utf-8',
  ],
  'request.aborted': [400, HttpErrorCode.BAD_REQUEST, 'The request body was cut short'],
  'request.size.invalid': [400, HttpErrorCode.BAD_REQUEST, 'The request body does not match its length'],
};

/**
 * Express's last word: without it, an error (malformed JSON, a body over the limit, a bad URL
 * escape) is answered with its HTML page and, outside production, the stack. Here every error
 * is JSON in GraphQL's shape; the stack goes only into `extensions.stacktrace`, only in
 * development, as Apollo does with its own errors.
 */
export function errorHandler(isDevelopment: boolean, log: (err: unknown) => void): ErrorRequestHandler {
  return (err: unknown, _req, res, next) => {
    if (res.headersSent) return next(err);
    const { type, status, expose } = (err ?? {}) as { type?: string; status?: number; expose?: boolean };
    let [code, message, httpStatus] = [
      HttpErrorCode.INTERNAL_SERVER_ERROR as string,
      'Internal server error',
      500,
    ];
    const known = type ? BODY_ERRORS[type] : undefined;
    if (known) [httpStatus, code, message] = known;
    else if (status && status >= 400 && status < 500) {
      httpStatus = status;
      code = status === 413 ? HttpErrorCode.PAYLOAD_TOO_LARGE : HttpErrorCode.BAD_REQUEST;
      message = expose && err instanceof Error ? err.message : 'Bad request';
    } else log(err);
    const stacktrace = isDevelopment && err instanceof Error ? err.stack?.split('\n') : undefined;
    sendError(res, httpStatus, code, message, stacktrace ? { stacktrace } : {});
  };
}
