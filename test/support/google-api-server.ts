// A local stand-in for the few Google endpoints the recap service uses, on 127.0.0.1: Sheets
// values.batchGet / values.batchUpdate / values.update / values.append and Drive files.list / create /
// update (multipart upload, or metadata such as `trashed`) / export, with the documented request and response shapes and error bodies.
// It refuses what Google refuses (each rule cites its page): writes by the service account into cells
// protected against it, ranges past the grid (only values.append grows it), files outside a Shared Drive,
// Shared Drive files without supportsAllDrives, DOCX above the Docs size limit, exports above 10 MB.
// values.batchGet renders date cells (numbers in a column given a date-time number format with
// `numberFormat`) as Google does for valueRenderOption UNFORMATTED_VALUE: serial numbers or text in the
// column's format, per dateTimeRenderOption; other render options are not modelled (see `renderDates`).
// It records every request and injects faults (a status, optionally after the operation took effect,
// optionally with Retry-After).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { strFromU8, unzipSync } from 'fflate';
import type { Cell } from '../../shared';

export type Op =
  | 'batchGet'
  | 'batchUpdate'
  | 'update-values'
  | 'append'
  | 'list'
  | 'create'
  | 'update'
  | 'update-metadata'
  | 'export'
  | 'get';

/** A protected range or sheet, as Sheets keeps it (rows 1-based, inclusive; none: the whole tab). */
export interface ServerProtection {
  readonly tab: string;
  readonly rows?: readonly [number, number];
  readonly editors: readonly string[];
  readonly warningOnly?: boolean;
}

/** The service account the test access token stands for (the recap function's identity). */
export const SERVICE_ACCOUNT = 'kinerja-rekap@kinerja-prod.iam.gserviceaccount.com';
// https://developers.google.com/apps-script/reference/spreadsheet/protection : the same rule and message
// apply to the Sheets API (HTTP 400, INVALID_ARGUMENT).
export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';
/** Google Docs' limit (https://support.google.com/drive/answer/37603): 1.02 million characters. */
export const DOCS_CHARACTERS = 1_020_000;
/** files.export: "the exported content is limited to 10MB" (https://developers.google.com/drive/api/reference/rest/v3/files/export). */
export const EXPORT_BYTES = 10 * 1024 * 1024;

export interface Fault {
  readonly op: Op;
  readonly status: number;
  /** How many times (default 1). */
  times?: number;
  readonly retryAfter?: string;
  /**
   * Drive's rate limit: a 403 whose reason is `userRateLimitExceeded` in the `usageLimits` domain, as
   * https://developers.google.com/workspace/drive/api/guides/handle-errors#resolve_a_403_error_user_rate_limit_exceeded
   * shows it (with status 403).
   */
  readonly rateLimit?: boolean;
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
  /** Protections by spreadsheet ID (what set-up and signing leave in the sheet). */
  readonly protections = new Map<string, ServerProtection[]>();
  /** Folders the service account can write to, by ID, with the Shared Drive that holds them (null: My Drive). */
  readonly folders = new Map<string, { driveId: string | null }>();
  /** The grid of each tab (rows x columns), per spreadsheet's tables object. */
  private readonly grids = new WeakMap<
    Record<string, Cell[][]>,
    Map<string, { rows: number; columns: number }>
  >();
  /**
   * Number formats of whole columns, by spreadsheet ID, tab and column (1-based): what set-up or a person gave
   * them (e.g. `dd/mm/yyyy hh:mm:ss` on Riwayat's Waktu). A number in a column with a date-time format is a date cell.
   */
  readonly numberFormats = new Map<string, Map<string, Map<number, string>>>();
  readonly files = new Map<string, DriveFile>();
  readonly requests: Recorded[] = [];
  readonly faults: Fault[] = [];
  /** Exceptions the stand-in itself threw (a test should expect none). */
  readonly errors: unknown[] = [];
  /** The most requests this server was answering at once (a client that waits for each answer: 1). */
  maxInFlight = 0;
  /** Milliseconds each answer waits before it is sent (Google's answers take time; 0: at once). */
  latencyMs = 0;
  private inFlight = 0;
  private server: Server | null = null;
  private nextId = 1;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      this.maxInFlight = Math.max(this.maxInFlight, ++this.inFlight);
      res.on('close', () => this.inFlight--);
      this.handle(req, res).catch((error: unknown) => {
        // a bug in the stand-in is a 500 naming it, never a dropped connection
        this.errors.push(error);
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end(String((error as Error)?.stack ?? error));
      });
    });
    // clients keep connections alive between tests that may be seconds apart: a server closing an idle
    // socket as the client reuses it would reset the request (Node's default is 5 s)
    this.server.keepAliveTimeout = 120_000;
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** Register folders that live in a Shared Drive (where a service account may create files). */
  sharedDrive(driveId: string, ...folderIds: string[]): void {
    for (const id of folderIds) this.folders.set(id, { driveId });
  }

  /**
   * A tab's grid: as the office left it (at least Google's 1000 x 26 for a new sheet, larger when the tab
   * holds more, as a person adds rows), growing only through values.append.
   */
  grid(id: string, tab: string): { rows: number; columns: number } {
    const book = this.spreadsheets.get(id) ?? {};
    if (!this.grids.has(book)) this.grids.set(book, new Map());
    const grids = this.grids.get(book) as Map<string, { rows: number; columns: number }>;
    if (!grids.has(tab)) {
      const rows = book[tab] ?? [];
      grids.set(tab, {
        rows: Math.max(1000, rows.length),
        columns: Math.max(26, ...rows.map((r) => r.length)),
      });
    }
    return grids.get(tab) as { rows: number; columns: number };
  }

  /** Give a whole column a number format (as Format > Number does). */
  numberFormat(id: string, tab: string, column: number, pattern: string): void {
    if (!this.numberFormats.has(id)) this.numberFormats.set(id, new Map());
    const tabs = this.numberFormats.get(id) as Map<string, Map<number, string>>;
    if (!tabs.has(tab)) tabs.set(tab, new Map());
    tabs.get(tab)?.set(column, pattern);
  }

  count(op: Op): number {
    return this.requests.filter((r) => r.op === op).length;
  }

  reset(): void {
    this.requests.length = 0;
    this.faults.length = 0;
    this.maxInFlight = 0;
    this.latencyMs = 0;
  }

  /**
   * "Range ('Tab'!A1001) exceeds grid limits. Max rows: 1000, max columns: 26" (HTTP 400): values.update and
   * batchUpdate never grow a sheet (https://developers.google.com/sheets/api/guides/values#writing).
   */
  private outsideGrid(
    id: string,
    range: string,
    t: { tab: string; row: number; column: number },
    values: readonly (readonly Cell[])[],
  ): { status: number; body: unknown } | null {
    const grid = this.grid(id, t.tab);
    const lastRow = t.row + Math.max(1, values.length) - 1;
    const lastColumn = t.column + Math.max(1, ...values.map((r) => r.length)) - 1;
    if (lastRow <= grid.rows && lastColumn <= grid.columns) return null;
    return {
      status: 400,
      body: apiError(
        400,
        `Range (${range}) exceeds grid limits. Max rows: ${grid.rows}, max columns: ${grid.columns}`,
        'INVALID_ARGUMENT',
        'badRequest',
      ),
    };
  }

  /** Rows `row`..`row + count - 1` of `tab` covered by a protection the service account is not an editor of. */
  private protectedAgainst(
    id: string,
    tab: string,
    row: number,
    count: number,
  ): { status: number; body: unknown } | null {
    const last = row + Math.max(1, count) - 1;
    const blocked = (this.protections.get(id) ?? []).some(
      (p) =>
        p.tab === tab &&
        !p.warningOnly &&
        !p.editors.map((e) => e.toLowerCase()).includes(SERVICE_ACCOUNT) &&
        (!p.rows || (p.rows[0] <= last && row <= p.rows[1])),
    );
    return blocked
      ? { status: 400, body: apiError(400, PROTECTED_MESSAGE, 'INVALID_ARGUMENT', 'badRequest') }
      : null;
  }

  private inSharedDrive(parents: readonly string[]): boolean {
    return parents.some((p) => Boolean(this.folders.get(p)?.driveId));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = await new Promise<Buffer>((resolve) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks)));
    });
    const route = this.route(req.method ?? 'GET', url.pathname);
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
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
        fault.rateLimit
          ? {
              error: {
                code: fault.status,
                message: 'User Rate Limit Exceeded',
                errors: [
                  {
                    domain: 'usageLimits',
                    reason: 'userRateLimitExceeded',
                    message: 'User Rate Limit Exceeded',
                  },
                ],
              },
            }
          : apiError(fault.status, 'Injected fault', statusName(fault.status)),
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

  private route(method: string, path: string): { op: Op; id: string; range?: string } | null {
    let m = /^\/v4\/spreadsheets\/([^/]+)\/values:batchGet$/.exec(path);
    if (m && method === 'GET') return { op: 'batchGet', id: decodeURIComponent(m[1] ?? '') };
    m = /^\/v4\/spreadsheets\/([^/]+)\/values:batchUpdate$/.exec(path);
    if (m && method === 'POST') return { op: 'batchUpdate', id: decodeURIComponent(m[1] ?? '') };
    m = /^\/v4\/spreadsheets\/([^/]+)\/values\/([^/]+):append$/.exec(path);
    if (m && method === 'POST')
      return { op: 'append', id: decodeURIComponent(m[1] ?? ''), range: decodeURIComponent(m[2] ?? '') };
    m = /^\/v4\/spreadsheets\/([^/]+)\/values\/([^/:]+)$/.exec(path);
    if (m && method === 'PUT')
      return {
        op: 'update-values',
        id: decodeURIComponent(m[1] ?? ''),
        range: decodeURIComponent(m[2] ?? ''),
      };
    if (path === '/drive/v3/files' && method === 'GET') return { op: 'list', id: '' };
    if (path === '/upload/drive/v3/files' && method === 'POST') return { op: 'create', id: '' };
    m = /^\/upload\/drive\/v3\/files\/([^/]+)$/.exec(path);
    if (m && method === 'PATCH') return { op: 'update', id: m[1] ?? '' };
    m = /^\/drive\/v3\/files\/([^/]+)\/export$/.exec(path);
    if (m && method === 'GET') return { op: 'export', id: m[1] ?? '' };
    m = /^\/drive\/v3\/files\/([^/]+)$/.exec(path);
    if (m && method === 'GET') return { op: 'get', id: decodeURIComponent(m[1] ?? '') };
    if (m && method === 'PATCH') return { op: 'update-metadata', id: decodeURIComponent(m[1] ?? '') };
    return null;
  }

  private perform(
    route: { op: Op; id: string; range?: string },
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
        const render = renderOptions(url.searchParams);
        if ('status' in render) return render;
        const dates = (tab: string, rows: Cell[][], firstColumn: number) =>
          renderDates(rows, this.numberFormats.get(route.id)?.get(tab), firstColumn, render);
        const valueRanges = [];
        for (const range of ranges) {
          // a whole tab, or A1 notation with an open end: "Sheet1!A5:A refers to all the cells in the first
          // column of Sheet1, from row 5 onward" (https://developers.google.com/sheets/api/guides/concepts#cell)
          const bounded = range.includes('!') ? parseRange(range) : null;
          const tab = bounded?.tab ?? range.replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
          const rows = book[tab];
          if (!rows || (range.includes('!') && !bounded))
            return {
              status: 400,
              body: apiError(400, `Unable to parse range: ${range}`, 'INVALID_ARGUMENT'),
            };
          if (!bounded) {
            valueRanges.push({
              range: `${range}!A1:Z${rows.length}`,
              majorDimension: 'ROWS',
              values: dates(tab, trimRows(rows), 1),
            });
            continue;
          }
          const grid = this.grid(route.id, tab);
          // a read past the grid is refused as a write is
          const past = this.outsideGrid(
            route.id,
            range,
            { ...bounded, row: bounded.lastRow ?? bounded.row },
            [[]],
          );
          if (past) return past;
          const to = bounded.lastRow ?? grid.rows;
          const slice = Array.from(rows.slice(bounded.row - 1, to), (r) =>
            Array.from((r ?? []).slice(bounded.column - 1, bounded.lastColumn ?? undefined), (c) => c ?? ''),
          );
          valueRanges.push({
            range: `${quote(tab)}!${a1Column(bounded.column)}${bounded.row}:${a1Column(bounded.lastColumn ?? grid.columns)}${to}`,
            majorDimension: 'ROWS',
            values: dates(tab, trimRows(slice), bounded.column),
          });
        }
        return { status: 200, body: { spreadsheetId: route.id, valueRanges } };
      }
      case 'batchUpdate':
      case 'update-values': {
        const book = this.spreadsheets.get(route.id);
        if (!book)
          return { status: 404, body: apiError(404, 'Requested entity was not found.', 'NOT_FOUND') };
        const request = JSON.parse(body.toString('utf8')) as {
          valueInputOption?: string;
          data?: { range: string; values: Cell[][] }[];
          values?: Cell[][];
        };
        const inputOption = request.valueInputOption ?? url.searchParams.get('valueInputOption');
        if (inputOption !== 'RAW' && inputOption !== 'USER_ENTERED') {
          return { status: 400, body: apiError(400, 'Invalid valueInputOption', 'INVALID_ARGUMENT') };
        }
        const data =
          route.op === 'batchUpdate'
            ? (request.data ?? [])
            : [{ range: route.range ?? '', values: request.values ?? [] }];
        // every range is checked before any is written: a refused batch writes nothing
        const targets = [];
        for (const d of data) {
          const target = parseRange(d.range);
          if (!target)
            return {
              status: 400,
              body: apiError(400, `Unable to parse range: ${d.range}`, 'INVALID_ARGUMENT'),
            };
          const refused =
            this.outsideGrid(route.id, d.range, target, d.values) ??
            this.protectedAgainst(route.id, target.tab, target.row, d.values.length);
          if (refused) return refused;
          targets.push({ ...target, values: d.values });
        }
        let cells = 0;
        for (const t of targets) cells += write(book, t.tab, t.row, t.column, t.values);
        return { status: 200, body: { spreadsheetId: route.id, totalUpdatedCells: cells, responses: [] } };
      }
      // https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/append : the values
      // go after the last row of the table; with INSERT_ROWS the grid grows to hold them (the one write
      // that grows a sheet here). A concurrent writer cannot be overwritten: the row is found at write time.
      case 'append': {
        const book = this.spreadsheets.get(route.id);
        if (!book)
          return { status: 404, body: apiError(404, 'Requested entity was not found.', 'NOT_FOUND') };
        const request = JSON.parse(body.toString('utf8')) as { values?: Cell[][] };
        const inputOption = url.searchParams.get('valueInputOption');
        if (inputOption !== 'RAW' && inputOption !== 'USER_ENTERED')
          return { status: 400, body: apiError(400, 'Invalid valueInputOption', 'INVALID_ARGUMENT') };
        const target = parseRange(route.range ?? '');
        if (!target)
          return {
            status: 400,
            body: apiError(400, `Unable to parse range: ${route.range}`, 'INVALID_ARGUMENT'),
          };
        const values = request.values ?? [];
        book[target.tab] ??= [];
        const start = trimRows(book[target.tab] as Cell[][]).length + 1;
        const refused = this.protectedAgainst(route.id, target.tab, start, values.length);
        if (refused) return refused;
        const grid = this.grid(route.id, target.tab);
        const width = Math.max(0, ...values.map((r) => r.length));
        const wide = target.column + width - 1 > grid.columns;
        if (wide)
          return (
            this.outsideGrid(route.id, route.range ?? '', { ...target, row: 1 }, [values[0] ?? []]) ?? {
              status: 400,
              body: null,
            }
          );
        // INSERT_ROWS inserts rows for the data; OVERWRITE still adds rows at the end of the sheet
        const inserted = url.searchParams.get('insertDataOption') === 'INSERT_ROWS' ? values.length : 0;
        grid.rows = Math.max(grid.rows + inserted, start + values.length - 1);
        const cells = write(book, target.tab, start, target.column, values);
        const updatedRange = `${quote(target.tab)}!${a1Column(target.column)}${start}:${a1Column(target.column + Math.max(1, width) - 1)}${start + values.length - 1}`;
        return {
          status: 200,
          body: {
            spreadsheetId: route.id,
            tableRange: `${quote(target.tab)}!A1:${a1Column(Math.max(1, width))}${start - 1}`,
            updates: {
              spreadsheetId: route.id,
              updatedRange,
              updatedRows: values.length,
              updatedColumns: width,
              updatedCells: cells,
            },
          },
        };
      }
      case 'list': {
        const q = url.searchParams.get('q') ?? '';
        const parent = /'([^']+)' in parents/.exec(q)?.[1];
        const prop = /appProperties has \{ key='([^']+)' and value='((?:[^'\\]|\\.)*)' \}/.exec(q);
        // https://developers.google.com/workspace/drive/api/guides/enable-shareddrives : items of Shared
        // Drives are listed only with supportsAllDrives and includeItemsFromAllDrives
        const allDrives =
          url.searchParams.get('supportsAllDrives') === 'true' &&
          url.searchParams.get('includeItemsFromAllDrives') === 'true';
        const files = [...this.files.values()].filter(
          (f) =>
            !f.trashed &&
            (allDrives || !this.inSharedDrive(f.parents)) &&
            (!parent || f.parents.includes(parent)) &&
            (!prop || f.appProperties[prop[1] ?? ''] === (prop[2] ?? '').replace(/\\(.)/g, '$1')),
        );
        return { status: 200, body: { files: files.map(view) } };
      }
      case 'create':
      case 'update': {
        const { metadata, media, mediaType } = parseUpload(req, body);
        const allDrives = url.searchParams.get('supportsAllDrives') === 'true';
        const converting =
          (route.op === 'create' ? metadata.mimeType : this.files.get(route.id)?.mimeType) === GOOGLE_DOC &&
          mediaType === DOCX &&
          media.length > 0;
        // Docs refuses a document above 1.02 million characters (https://support.google.com/drive/answer/37603);
        // Google's exact error body for a too-large conversion is not documented: this one is a stand-in
        if (converting && docxCharacters(media) > DOCS_CHARACTERS)
          return {
            status: 400,
            body: apiError(
              400,
              'The document is too large to be converted to Google Docs.',
              'INVALID_ARGUMENT',
              'badRequest',
            ),
          };
        if (route.op === 'create') {
          const parents = (metadata.parents as string[]) ?? [];
          for (const parent of parents) {
            const folder = this.folders.get(parent);
            if (!folder || (folder.driveId && !allDrives))
              return {
                status: 404,
                body: apiError(404, `File not found: ${parent}.`, 'NOT_FOUND', 'notFound'),
              };
          }
          // https://developers.google.com/workspace/drive/api/guides/handle-errors : service accounts have
          // no storage of their own; a file they create outside a Shared Drive is refused
          if (!this.inSharedDrive(parents))
            return {
              status: 403,
              body: apiError(
                403,
                'Service Accounts do not have storage quota. Leverage shared drives (https://developers.google.com/workspace/drive/api/guides/about-shareddrives), or use OAuth delegation (http://support.google.com/a/answer/7281227) instead.',
                'PERMISSION_DENIED',
                'storageQuotaExceeded',
              ),
            };
          const id = `file${this.nextId++}`;
          const file: DriveFile = {
            id,
            name: String(metadata.name ?? 'Untitled'),
            mimeType: String(metadata.mimeType ?? mediaType),
            parents,
            appProperties: (metadata.appProperties as Record<string, string>) ?? {},
            content: media,
            contentType: mediaType,
            trashed: false,
          };
          this.files.set(id, file);
          return { status: 200, body: view(file) };
        }
        const file = this.files.get(route.id);
        if (!file || (this.inSharedDrive(file.parents) && !allDrives))
          return {
            status: 404,
            body: apiError(404, `File not found: ${route.id}.`, 'NOT_FOUND', 'notFound'),
          };
        if (metadata.name) file.name = String(metadata.name);
        // https://developers.google.com/workspace/drive/api/reference/rest/v3/files (appProperties): an
        // update adds or replaces the keys it names, the others stay
        if (metadata.appProperties)
          file.appProperties = {
            ...file.appProperties,
            ...(metadata.appProperties as Record<string, string>),
          };
        if (media.length) {
          file.content = media;
          file.contentType = mediaType;
        }
        return { status: 200, body: view(file) };
      }
      // files.update without media: the metadata, e.g. `trashed: true` to move a file to the trash ("To move
      // a file to the trash, use the files.update method and set the trashed field to true":
      // https://developers.google.com/workspace/drive/api/guides/delete); a trashed file leaves files.list
      case 'update-metadata': {
        const file = this.files.get(route.id);
        const allDrives = url.searchParams.get('supportsAllDrives') === 'true';
        if (!file || (this.inSharedDrive(file.parents) && !allDrives))
          return {
            status: 404,
            body: apiError(404, `File not found: ${route.id}.`, 'NOT_FOUND', 'notFound'),
          };
        const metadata = JSON.parse(body.toString('utf8') || '{}') as { name?: unknown; trashed?: unknown };
        if (typeof metadata.name === 'string') file.name = metadata.name;
        if (typeof metadata.trashed === 'boolean') file.trashed = metadata.trashed;
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
        // the PDF's size is not computed here: a stand-in of three times the DOCX (its images and layout)
        if (file.content.length * 3 > EXPORT_BYTES)
          return {
            status: 403,
            body: apiError(
              403,
              'This file is too large to be exported.',
              'PERMISSION_DENIED',
              'exportSizeLimitExceeded',
            ),
          };
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

type RenderOptions = { readonly value: string; readonly dateTime: string };

/**
 * valueRenderOption (default FORMATTED_VALUE) and dateTimeRenderOption (default SERIAL_NUMBER), refused as
 * Google refuses a value outside the enum (400 INVALID_ARGUMENT):
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/ValueRenderOption and
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/DateTimeRenderOption
 */
function renderOptions(q: URLSearchParams): RenderOptions | { status: number; body: unknown } {
  const value = q.get('valueRenderOption') ?? 'FORMATTED_VALUE';
  const dateTime = q.get('dateTimeRenderOption') ?? 'SERIAL_NUMBER';
  // an enum field outside its values: Sheets' 400 naming the field, its type and the value
  const invalid = (field: string, type: string, v: string) => ({
    status: 400,
    body: apiError(
      400,
      `Invalid value at '${field}' (type.googleapis.com/google.apps.sheets.v4.${type}), "${v}"`,
      'INVALID_ARGUMENT',
      'badRequest',
    ),
  });
  if (!['FORMATTED_VALUE', 'UNFORMATTED_VALUE', 'FORMULA'].includes(value))
    return invalid('value_render_option', 'ValueRenderOption', value);
  if (!['SERIAL_NUMBER', 'FORMATTED_STRING'].includes(dateTime))
    return invalid('date_time_render_option', 'DateTimeRenderOption', dateTime);
  return { value, dateTime };
}

/**
 * Date cells as the API renders them. UNFORMATTED_VALUE: "Values will be calculated, but not formatted in the
 * reply", and dates per dateTimeRenderOption: SERIAL_NUMBER "as doubles in serial number format" (the days
 * since 30 December 1899, the time of day as the fraction), FORMATTED_STRING "as strings in their given number
 * format". FORMATTED_VALUE (where dateTimeRenderOption is ignored) and FORMULA format every cell: not modelled
 * here, so asking for them fails loudly instead of answering what Google would not.
 */
function renderDates(
  rows: Cell[][],
  formats: ReadonlyMap<number, string> | undefined,
  firstColumn: number,
  render: RenderOptions,
): Cell[][] {
  if (render.value !== 'UNFORMATTED_VALUE')
    throw new Error(`valueRenderOption ${render.value} is not modelled by the stand-in`);
  if (render.dateTime === 'SERIAL_NUMBER' || !formats) return rows;
  return rows.map((row) =>
    row.map((c, i) => {
      const pattern = formats.get(firstColumn + i);
      return typeof c === 'number' && pattern && isDateTimePattern(pattern) ? formatSerial(c, pattern) : c;
    }),
  );
}

/** A number format that shows a date or a time (tokens d, m, y, h, s outside quoted text). */
function isDateTimePattern(pattern: string): boolean {
  return /[dmyhs]/i.test(pattern.replace(/"[^"]*"|\\./g, ''));
}

/**
 * A serial day number in a date-time format's tokens (yyyy, yy, mm/m: month, or minutes after h or before s;
 * dd/d, hh/h, ss/s; other characters as they are):
 * https://developers.google.com/workspace/sheets/api/guides/formats#date_and_time_format_patterns
 */
function formatSerial(serial: number, pattern: string): string {
  const d = new Date(Math.round(Date.UTC(1899, 11, 30) + serial * 86_400_000));
  const two = (n: number) => String(n).padStart(2, '0');
  const tokens = pattern.match(/yyyy|yy|mm|m|dd|d|hh|h|ss|s|[^ymdhs]+/gi) ?? [];
  return tokens
    .map((tok, i) => {
      const t = tok.toLowerCase();
      const before =
        [...tokens.slice(0, i)]
          .reverse()
          .find((x) => /^[ymdhs]/i.test(x))
          ?.toLowerCase() ?? '';
      const after =
        tokens
          .slice(i + 1)
          .find((x) => /^[ymdhs]/i.test(x))
          ?.toLowerCase() ?? '';
      if (t === 'yyyy') return String(d.getUTCFullYear());
      if (t === 'yy') return two(d.getUTCFullYear() % 100);
      if (t === 'mm' || t === 'm') {
        const minutes = before.startsWith('h') || after.startsWith('s');
        const n = minutes ? d.getUTCMinutes() : d.getUTCMonth() + 1;
        return t === 'mm' ? two(n) : String(n);
      }
      if (t === 'dd') return two(d.getUTCDate());
      if (t === 'd') return String(d.getUTCDate());
      if (t === 'hh') return two(d.getUTCHours());
      if (t === 'h') return String(d.getUTCHours());
      if (t === 'ss') return two(d.getUTCSeconds());
      if (t === 's') return String(d.getUTCSeconds());
      return tok;
    })
    .join('');
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

function apiError(code: number, message: string, status: string, reason = status.toLowerCase()) {
  return {
    error: { code, message, errors: [{ message, domain: 'global', reason }], status },
  };
}

const GOOGLE_DOC = 'application/vnd.google-apps.document';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The text characters of a DOCX (its runs), as Docs counts them against its limit. */
export function docxCharacters(docx: Buffer): number {
  try {
    const files = unzipSync(new Uint8Array(docx), { filter: (f) => f.name === 'word/document.xml' });
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    let n = 0;
    for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g))
      n += (m[1] ?? '').replace(/&(amp|lt|gt|quot|apos|#\d+);/g, '_').length;
    return n;
  } catch {
    return 0;
  }
}

function quote(tab: string): string {
  return `'${tab.replace(/'/g, "''")}'`;
}

function a1Column(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** `'Tab'!A1`, `'Tab'!B2:D9`, `'Tab'!1:1` (whole rows) or a bare tab name. */
function parseRange(
  range: string,
): { tab: string; row: number; column: number; lastRow: number | null; lastColumn: number | null } | null {
  // whole rows: "Sheet1!1:2 refers to all the cells in the first two rows of Sheet1"
  // (https://developers.google.com/workspace/sheets/api/guides/concepts#cell)
  const rows = /^(?:'((?:[^']|'')+)'|([^'!]+))!(\d+):(\d+)$/.exec(range);
  if (rows) {
    const [row, lastRow] = [Number(rows[3]), Number(rows[4])];
    if (row < 1 || lastRow < row) return null;
    return { tab: (rows[1] ?? rows[2] ?? '').replace(/''/g, "'"), row, column: 1, lastRow, lastColumn: null };
  }
  // the end cell may leave out its row ("A5:T": to the last row)
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))(?:!([A-Z]+)(\d+)(?::([A-Z]+)(\d+)?)?)?$/.exec(range);
  if (!m) return null;
  const tab = (m[1] ?? m[2] ?? '').replace(/''/g, "'");
  return {
    tab,
    row: m[4] ? Number(m[4]) : 1,
    column: m[3] ? columnNumber(m[3]) : 1,
    lastRow: m[6] ? Number(m[6]) : null,
    lastColumn: m[5] ? columnNumber(m[5]) : null,
  };
}

function write(
  book: Record<string, Cell[][]>,
  tab: string,
  row: number,
  column: number,
  values: Cell[][],
): number {
  book[tab] ??= [];
  const rows = book[tab] as Cell[][];
  let cells = 0;
  values.forEach((vals, r) => {
    rows[row - 1 + r] ??= [];
    const target = rows[row - 1 + r] as Cell[];
    vals.forEach((v, c) => {
      target[column - 1 + c] = v;
      cells++;
    });
  });
  return cells;
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
