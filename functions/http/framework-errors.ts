// functions-framework parses the request body (body-parser) before any handler runs; a malformed body
// goes to express's default final handler, which answers an HTML page (with a stack trace outside
// production) and never reaches our code. The framework has no hook for it (functions-framework-nodejs
// issue #686, open). Its server is `http.createServer(app)` with every middleware already registered, so
// at that moment we append one express error-handling middleware (express's documented mechanism: a
// four-argument middleware registered last) that answers body errors in the service's JSON error shape.
import http from 'node:http';
import { errorBody } from './respond';

interface BodyError {
  readonly type?: string;
  readonly status?: number;
  readonly statusCode?: number;
}

type Next = (error?: unknown) => void;
interface ExpressLike {
  use(fn: (error: unknown, req: unknown, res: http.ServerResponse, next: Next) => void): void;
  handle: unknown;
}

/** The JSON answer to an error raised before the handler (malformed JSON, too large, bad encoding). */
export function frameworkError(error: unknown, res: http.ServerResponse, next: Next): void {
  if (res.headersSent) {
    next(error);
    return;
  }
  const e = (error ?? {}) as BodyError;
  const status = e.status ?? e.statusCode ?? 500;
  const detail =
    e.type === 'entity.parse.failed'
      ? 'badan permintaan bukan JSON yang sah'
      : e.type === 'entity.too.large'
        ? 'badan permintaan terlalu besar'
        : e.type?.startsWith('encoding.') || e.type === 'charset.unsupported'
          ? 'penyandian badan permintaan tidak didukung'
          : null;
  const body =
    detail !== null && status >= 400 && status < 500
      ? errorBody([{ key: 'http.badanTidakSah', params: { detail } }])
      : errorBody([{ key: 'http.galatInternal' }]);
  res.statusCode = detail !== null && status >= 400 && status < 500 ? status : 500;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

let installed = false;

/** Make every express server created from now on answer framework errors as JSON. */
export function installFrameworkErrors(): void {
  if (installed) return;
  installed = true;
  const original = http.createServer;
  const patched = ((...args: unknown[]) => {
    const app = args.find((a) => typeof a === 'function') as ExpressLike | undefined;
    if (app && typeof app.use === 'function' && app.handle !== undefined)
      app.use((error, _req, res, next) => frameworkError(error, res, next));
    return (original as (...a: unknown[]) => http.Server)(...args);
  }) as typeof http.createServer;
  http.createServer = patched;
}
