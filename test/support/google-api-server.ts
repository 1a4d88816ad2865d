// A local stand-in for the few Google endpoints the recap service uses, on 127.0.0.1: Sheets
// values.batchGet / values.batchUpdate and Drive files.list / create / update (multipart upload) /
// export, with the documented request and response shapes and error bodies. It records every request
// and injects faults (a status, optionally after the operation took effect, optionally with Retry-After).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Cell } from '../../shared';

export type Op = 'batchGet' | 'batchUpdate' | 'list' | 'create' | 'update' | 'export' | 'get';

export interface Fault {
  readonly op: Op;
  readonly status: number;
  /** How many times (default 1). */
  times?: number;
  readonly retryAfter?: string;
  /** Perform the operation, then answer with the error (a lost response). */
  readonly afterEffect?: boolean;
}

export interface DriveFile {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  appProperties: Record<string, string>;
  content: Buffer;
  /** The media type of the uploaded content (a Google Doc keeps the DOCX it was imported from). */
  contentType: string;
  trashed: boolean;
}

export interface Recorded {
  readonly op: Op | 'other';
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly status: number;
}

export class GoogleApiServer {
  readonly spreadsheets = new Map<string, Record<string, Cell[][]>>();
  readonly files = new Map<string, DriveFile>();
  readonly requests: Recorded[] = [];
  readonly faults: Fault[] = [];
  private server: Server | null = null;
  private nextId = 1;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    // clients keep connections alive: no idle close racing a reused connection on a loaded machine
    this.server.keepAliveTimeout = 120_000;
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  count(op: Op): number {
    return this.requests.filter((r) => r.op === op).length;
  }

  reset(): void {
    this.requests.length = 0;
    this.faults.length = 0;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = await new Promise<Buffer>((resolve) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks)));
    });
    const route = this.route(req.method ?? 'GET', url.pathname);
    const reply = (status: number, payload: unknown, headers: Record<string, string> = {}, raw?: Buffer) => {
      this.requests.push({
        op: route?.op ?? 'other',
        method: req.method ?? '',
        path: url.pathname,
        query: url.searchParams,
        status,
      });
      res.writeHead(status, {
        'Content-Type': raw ? 'application/pdf' : 'application/json; charset=UTF-8',
        ...headers,
      });
      res.end(raw ?? JSON.stringify(payload));
    };
    if (req.headers.authorization !== 'Bearer test-access-token') {
      return reply(
        401,
        apiError(401, 'Request is missing required authentication credential.', 'UNAUTHENTICATED'),
      );
    }
    if (!route) return reply(404, apiError(404, `No route ${req.method} ${url.pathname}`, 'NOT_FOUND'));
    const fault = this.faults.find((f) => f.op === route.op && (f.times ?? 1) > 0);
    if (fault && !fault.afterEffect) {
      fault.times = (fault.times ?? 1) - 1;
      return reply(
        fault.status,
        apiError(fault.status, 'Injected fault', statusName(fault.status)),
        fault.retryAfter ? { 'Retry-After': fault.retryAfter } : {},
      );
    }
    const result = this.perform(route, url, req, body);
    if (fault?.afterEffect) {
      fault.times = (fault.times ?? 1) - 1;
      return reply(
        fault.status,
        apiError(fault.status, 'Injected fault after effect', statusName(fault.status)),
      );
    }
    reply(result.status, result.body, {}, result.raw);
  }

  private route(method: string, path: string): { op: Op; id: string } | null {
    let m = /^\/v4\/spreadsheets\/([^/]+)\/values:batchGet$/.exec(path);
    if (m && method === 'GET') return { op: 'batchGet', id: decodeURIComponent(m[1] ?? '') };
    m = /^\/v4\/spreadsheets\/([^/]+)\/values:batchUpdate$/.exec(path);
    if (m && method === 'POST') return { op: 'batchUpdate', id: decodeURIComponent(m[1] ?? '') };
    if (path === '/drive/v3/files' && method === 'GET') return { op: 'list', id: '' };
    if (path === '/upload/drive/v3/files' && method === 'POST') return { op: 'create', id: '' };
    m = /^\/upload\/drive\/v3\/files\/([^/]+)$/.exec(path);
    if (m && method === 'PATCH') return { op: 'update', id: m[1] ?? '' };
    m = /^\/drive\/v3\/files\/([^/]+)\/export$/.exec(path);
    if (m && method === 'GET') return { op: 'export', id: m[1] ?? '' };
    m = /^\/drive\/v3\/files\/([^/]+)$/.exec(path);
    if (m && method === 'GET') return { op: 'get', id: decodeURIComponent(m[1] ?? '') };
    return null;
  }

  private perform(
    route: { op: Op; id: string },
    url: URL,
    req: IncomingMessage,
    body: Buffer,
  ): { status: number; body: unknown; raw?: Buffer } {
    switch (route.op) {
      case 'batchGet': {
        const book = this.spreadsheets.get(route.id);
        if (!book)
          return { status: 404, body: apiError(404, 'Requested entity was not found.', 'NOT_FOUND') };
        const ranges = url.searchParams.getAll('ranges');
        const valueRanges = [];
        for (const range of ranges) {
          const tab = range.replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
          const rows = book[tab];
          if (!rows)
            return {
              status: 400,
              body: apiError(400, `Unable to parse range: ${range}`, 'INVALID_ARGUMENT'),
            };
          valueRanges.push({
            range: `${range}!A1:Z${rows.length}`,
            majorDimension: 'ROWS',
            values: trimRows(rows),
          });
        }
        return { status: 200, body: { spreadsheetId: route.id, valueRanges } };
      }
      case 'batchUpdate': {
        const book = this.spreadsheets.get(route.id);
        if (!book)
          return { status: 404, body: apiError(404, 'Requested entity was not found.', 'NOT_FOUND') };
        const request = JSON.parse(body.toString('utf8')) as {
          valueInputOption: string;
          data: { range: string; values: Cell[][] }[];
        };
        if (request.valueInputOption !== 'RAW' && request.valueInputOption !== 'USER_ENTERED') {
          return { status: 400, body: apiError(400, 'Invalid valueInputOption', 'INVALID_ARGUMENT') };
        }
        let cells = 0;
        for (const d of request.data) {
          const m = /^'(.+)'!([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(d.range);
          if (!m)
            return {
              status: 400,
              body: apiError(400, `Unable to parse range: ${d.range}`, 'INVALID_ARGUMENT'),
            };
          const tab = (m[1] ?? '').replace(/''/g, "'");
          book[tab] ??= [];
          const rows = book[tab];
          const col0 = columnNumber(m[2] ?? 'A') - 1;
          const row0 = Number(m[3]) - 1;
          d.values.forEach((values, r) => {
            rows[row0 + r] ??= [];
            const row = rows[row0 + r] as Cell[];
            values.forEach((v, c) => {
              row[col0 + c] = v;
              cells++;
            });
          });
        }
        return { status: 200, body: { spreadsheetId: route.id, totalUpdatedCells: cells, responses: [] } };
      }
      case 'list': {
        const q = url.searchParams.get('q') ?? '';
        const parent = /'([^']+)' in parents/.exec(q)?.[1];
        const prop = /appProperties has \{ key='([^']+)' and value='((?:[^'\\]|\\.)*)' \}/.exec(q);
        const files = [...this.files.values()].filter(
          (f) =>
            !f.trashed &&
            (!parent || f.parents.includes(parent)) &&
            (!prop || f.appProperties[prop[1] ?? ''] === (prop[2] ?? '').replace(/\\(.)/g, '$1')),
        );
        return { status: 200, body: { files: files.map(view) } };
      }
      case 'create':
      case 'update': {
        const { metadata, media, mediaType } = parseUpload(req, body);
        if (route.op === 'create') {
          const id = `file${this.nextId++}`;
          const file: DriveFile = {
            id,
            name: String(metadata.name ?? 'Untitled'),
            mimeType: String(metadata.mimeType ?? mediaType),
            parents: (metadata.parents as string[]) ?? [],
            appProperties: (metadata.appProperties as Record<string, string>) ?? {},
            content: media,
            contentType: mediaType,
            trashed: false,
          };
          this.files.set(id, file);
          return { status: 200, body: view(file) };
        }
        const file = this.files.get(route.id);
        if (!file) return { status: 404, body: apiError(404, `File not found: ${route.id}.`, 'NOT_FOUND') };
        if (metadata.name) file.name = String(metadata.name);
        if (media.length) {
          file.content = media;
          file.contentType = mediaType;
        }
        return { status: 200, body: view(file) };
      }
      case 'get': {
        // files.get: metadata, or with alt=media the content of a blob file; a Google Workspace document
        // has no blob content and must be exported instead (Drive API, "Download and export files":
        // https://developers.google.com/workspace/drive/api/guides/manage-downloads)
        const file = this.files.get(route.id);
        if (!file || file.trashed)
          return { status: 404, body: apiError(404, `File not found: ${route.id}.`, 'NOT_FOUND') };
        if (url.searchParams.get('alt') !== 'media') return { status: 200, body: view(file) };
        if (file.mimeType.startsWith('application/vnd.google-apps.'))
          return {
            status: 403,
            body: apiError(
              403,
              'Only files with binary content can be downloaded. Use Export with Docs Editors files.',
              'fileNotDownloadable',
            ),
          };
        return { status: 200, body: null, raw: file.content };
      }
      case 'export': {
        const file = this.files.get(route.id);
        if (!file) return { status: 404, body: apiError(404, `File not found: ${route.id}.`, 'NOT_FOUND') };
        if (url.searchParams.get('mimeType') !== 'application/pdf')
          return { status: 400, body: apiError(400, 'Export only supports PDF here', 'INVALID_ARGUMENT') };
        // a stand-in for Drive's conversion: a PDF naming its source and carrying a digest of it
        return {
          status: 200,
          body: null,
          raw: Buffer.concat([
            Buffer.from(`%PDF-1.4\n% export of ${file.name} (${file.content.length} bytes)\n`),
            Buffer.from('%%EOF\n'),
          ]),
        };
      }
    }
  }
}

function view(f: DriveFile) {
  const kind = f.mimeType === 'application/vnd.google-apps.document' ? 'document' : 'file';
  return {
    id: f.id,
    name: f.name,
    mimeType: f.mimeType,
    appProperties: f.appProperties,
    webViewLink:
      kind === 'document'
        ? `https://docs.google.com/document/d/${f.id}/edit`
        : `https://drive.google.com/file/d/${f.id}/view`,
  };
}

function trimRows(rows: readonly Cell[][]): Cell[][] {
  const out = rows.map((r) => {
    const row = r.map((c) => (c === null || c === undefined ? '' : c));
    while (row.length && row[row.length - 1] === '') row.pop();
    return row;
  });
  while (out.length && (out[out.length - 1] ?? []).length === 0) out.pop();
  return out;
}

function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0);
}

function apiError(code: number, message: string, status: string) {
  return {
    error: { code, message, errors: [{ message, domain: 'global', reason: status.toLowerCase() }], status },
  };
}

function statusName(code: number): string {
  return code === 429
    ? 'RESOURCE_EXHAUSTED'
    : code === 503
      ? 'UNAVAILABLE'
      : code >= 500
        ? 'INTERNAL'
        : 'FAILED_PRECONDITION';
}

/** multipart/related (metadata JSON + media) or a bare media upload. */
function parseUpload(
  req: IncomingMessage,
  body: Buffer,
): { metadata: Record<string, unknown>; media: Buffer; mediaType: string } {
  const type = req.headers['content-type'] ?? '';
  const boundary = /boundary=("?)([^";]+)\1/.exec(type)?.[2];
  if (!boundary) return { metadata: {}, media: body, mediaType: type };
  const parts: Buffer[] = [];
  const marker = Buffer.from(`--${boundary}`);
  let start = body.indexOf(marker);
  while (start >= 0) {
    const next = body.indexOf(marker, start + marker.length);
    if (next < 0) break;
    parts.push(body.subarray(start + marker.length, next));
    start = next;
  }
  const parsed = parts.map((p) => {
    const sep = p.indexOf('\r\n\r\n');
    const headers = p.subarray(0, sep).toString('utf8');
    let content = p.subarray(sep + 4);
    if (content.subarray(-2).toString() === '\r\n') content = content.subarray(0, -2);
    return { type: /content-type:\s*([^;\r\n]+)/i.exec(headers)?.[1]?.trim() ?? '', content };
  });
  const [meta, media] = parsed;
  return {
    metadata: meta ? (JSON.parse(meta.content.toString('utf8')) as Record<string, unknown>) : {},
    media: media?.content ?? Buffer.alloc(0),
    mediaType: media?.type ?? '',
  };
}
