// The HTTP handlers of the recap service. They parse and check the request, establish who calls, keep to
// the allow-list, then run the same recap pipeline as the local mode on the Sheets and Drive adapters.
import type { Request, Response } from '@google-cloud/functions-framework';
import {
  DOKUMEN_PER_PERMINTAAN,
  fail,
  isPeriode,
  type Jangkar,
  type JenisDokumenTtd,
  normalizeNip,
  ok,
  type Periode,
  type Problem,
  type Result,
} from '../../shared';
import { type CertSource, type Identity, verifyIdentity } from '../auth/identity';
import type { Deployment, Office } from '../config/deployment';
import { runDocuments } from '../documents/pipeline';
import type { GoogleClients } from '../google/clients';
import { DriveStore } from '../google/drive-store';
import { isRateLimited, isRetriable, type RetryPolicy, statusOf } from '../google/retry';
import { MissingTabError, SheetsWorkbook } from '../google/sheets-workbook';
import { nodeSha256 } from '../platform/sha256';
import { runRecap } from '../recap/pipeline';
import type { TaskQueue } from '../tasks/queue';
import { errorBody, statusOfProblems } from './respond';

export interface Deps {
  readonly deployment: Deployment;
  readonly certs: CertSource;
  readonly clients: () => GoogleClients;
  readonly queue: () => TaskQueue;
  readonly now: () => number;
  readonly retry?: RetryPolicy;
}

export interface RecapBody {
  readonly spreadsheetId: string;
  readonly year: number;
  readonly period: Periode;
  readonly strict: boolean;
  /** The log's anchor as the add-on keeps it: the chain is verified against it. */
  readonly jangkar: Jangkar | null;
}

const SPREADSHEET_ID = /^[A-Za-z0-9_-]{10,100}$/;
/** Offices per /recap-all request (each becomes one Cloud Tasks task). */
export const MAX_RECAP_ALL = 200;

const bad = (detail: string): Result<never> => fail({ key: 'http.badanTidakSah', params: { detail } });

export function parseRecapBody(body: unknown): Result<RecapBody> {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return bad('badan permintaan harus objek JSON');
  const b = body as Record<string, unknown>;
  if (typeof b.spreadsheetId !== 'string' || !SPREADSHEET_ID.test(b.spreadsheetId))
    return bad('spreadsheetId tidak sah');
  if (typeof b.year !== 'number' || !Number.isInteger(b.year) || b.year < 2000 || b.year > 2100)
    return bad('year harus tahun, misalnya 2026');
  if (!isPeriode(b.period)) return bad('period harus TW1, TW2, TW3, TW4 atau TAHUNAN');
  if (b.strict !== undefined && typeof b.strict !== 'boolean') return bad('strict harus true atau false');
  const jangkar = parseAnchor(b.anchor);
  if (!jangkar.ok) return jangkar;
  return ok({
    spreadsheetId: b.spreadsheetId,
    year: b.year,
    period: b.period,
    strict: b.strict === true,
    jangkar: jangkar.value,
  });
}

/** `anchor: { length, head }` (optional): the chain's length and the hex SHA-256 of its last entry. */
function parseAnchor(raw: unknown): Result<Jangkar | null> {
  if (raw === undefined || raw === null) return ok(null);
  const a = raw as { length?: unknown; head?: unknown; digest?: unknown };
  if (
    typeof a !== 'object' ||
    typeof a.length !== 'number' ||
    !Number.isInteger(a.length) ||
    a.length < 0 ||
    typeof a.head !== 'string' ||
    !/^([0-9a-f]{64})?$/.test(a.head) ||
    (a.digest !== undefined && (typeof a.digest !== 'string' || !/^[0-9a-f]{64}$/.test(a.digest)))
  )
    return bad('anchor harus { length, head, digest } dari add-on');
  return ok({
    panjang: a.length,
    kepala: a.head,
    ...(typeof a.digest === 'string' ? { sidik: a.digest } : {}),
  });
}

function send(res: Response, status: number, body: unknown): void {
  res.status(status).set('Cache-Control', 'no-store').json(body);
}

function refuse(res: Response, problems: readonly Problem[]): void {
  send(res, statusOfProblems(problems), errorBody(problems));
}

/** Google failures after retries: not found / not shared -> 404; still failing -> 502 (503 when rate-limited). */
function googleProblem(error: unknown, spreadsheetId: string): Problem[] {
  if (error instanceof MissingTabError) return [{ key: 'tab.tidakAda', tab: error.tab }];
  const status = statusOf(error);
  const message = String((error as Error)?.message ?? '');
  // what the strict platform refuses, told as what to fix (see test/support/google-api-server.ts)
  if (status === 400 && /protected cell or object/.test(message)) return [{ key: 'http.dilindungi' }];
  if (status === 403 && /storage quota/i.test(message)) return [{ key: 'http.bukanDriveBersama' }];
  // still rate-limited after the retries (Drive says so with a 403): told as a 429, never as "not shared"
  if (isRateLimited(error)) return [{ key: 'http.googleGagal', params: { status: 429 } }];
  if (/too large to be (exported|converted)/.test(message))
    return [{ key: 'http.dokumenTerlaluBesar', params: { sebab: message } }];
  if (status === 404 || status === 403)
    return [{ key: 'http.spreadsheetTidakAda', params: { id: spreadsheetId } }];
  if (status !== null || isRetriable(error))
    return [{ key: 'http.googleGagal', params: { status: status ?? 'timeout' } }];
  throw error;
}

/**
 * What every office request passes before any Google call: POST, a well-formed body, a verified identity,
 * and a spreadsheet on the deployment's allow-list (whose folder is the one used, never the sheet's).
 */
async function admit<B extends { readonly spreadsheetId: string }>(
  deps: Deps,
  req: Request,
  parse: (body: unknown) => Result<B>,
): Promise<Result<{ readonly body: B; readonly who: Identity; readonly office: Office }>> {
  if (req.method !== 'POST') return fail({ key: 'http.metodeSalah' });
  const body = parse(req.body);
  if (!body.ok) return body;
  const who = await verifyIdentity(req.get('authorization'), deps.deployment.identity, deps.certs);
  if (!who.ok) return who;
  const office = deps.deployment.offices[body.value.spreadsheetId];
  if (!office) return fail({ key: 'http.kantorTidakTerdaftar', params: { id: body.value.spreadsheetId } });
  return ok({ body: body.value, who: who.value, office });
}

export function recapHandler(deps: Deps) {
  return async (req: Request, res: Response): Promise<void> => {
    const admitted = await admit(deps, req, parseRecapBody);
    if (!admitted.ok) return refuse(res, admitted.problems);
    const { body, office, who } = admitted.value;
    const { spreadsheetId, year, period, strict, jangkar } = body;
    const clients = deps.clients();
    const wb = new SheetsWorkbook(clients, spreadsheetId, deps.retry);
    const store = new DriveStore(clients, office.folderId, deps.retry);
    try {
      const result = await runRecap(
        wb,
        store,
        {
          officeId: spreadsheetId,
          periode: period,
          tahun: year,
          strict,
          email: who.kind === 'user' ? who.email : null,
          atasNamaPengelola: who.kind === 'service',
          now: deps.now(),
          jangkar,
          // the answer holds links only: the model's details go as their part is rendered
          lepasRincian: true,
          ...(who.kind === 'service' ? { catatan: 'Dikompilasi terjadwal melalui Cloud Tasks' } : {}),
        },
        nodeSha256,
      );
      if (!result.ok) return refuse(res, result.problems);
      const { links, parts, summary } = result.value;
      const j = result.value.jangkar;
      const anchor = j ? { length: j.panjang, head: j.kepala, digest: j.sidik } : null;
      send(res, 200, {
        docUrl: links.docUrl,
        pdfUrl: links.pdfUrl,
        summary,
        anchor,
        // a document above Google Docs' limit is published in parts (the summary first)
        ...(parts.length > 1
          ? { parts: parts.map((p) => ({ title: p.title, docUrl: p.docUrl, pdfUrl: p.pdfUrl })) }
          : {}),
      });
    } catch (error) {
      refuse(res, googleProblem(error, spreadsheetId));
    }
  };
}

export interface DocumentBody {
  readonly spreadsheetId: string;
  readonly year: number;
  /** The documents asked for: `nip` and `kind` (one), or `documents: [{ nip, kind }, ...]` (a batch). */
  readonly items: readonly { readonly nip: string; readonly kind: JenisDokumenTtd }[];
  readonly batch: boolean;
  readonly jangkar: Jangkar | null;
}

function parseItem(raw: unknown): Result<{ nip: string; kind: JenisDokumenTtd }> {
  const b = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  // the core's NIP rule (spaces allowed, 18 digits, a valid birth date and appointment month)
  const nip = typeof b.nip === 'string' ? normalizeNip(b.nip) : null;
  if (!nip?.ok) return bad('nip harus 18 digit');
  if (b.kind !== 'PK' && b.kind !== 'RA') return bad('kind harus PK atau RA');
  return ok({ nip: nip.value, kind: b.kind });
}

export function parseDocumentBody(body: unknown): Result<DocumentBody> {
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const base = parseRecapBody({
    spreadsheetId: b.spreadsheetId,
    year: b.year,
    period: 'TAHUNAN',
    anchor: b.anchor,
  });
  if (!base.ok) return base;
  const batch = b.documents !== undefined;
  if (
    batch &&
    (!Array.isArray(b.documents) || b.documents.length === 0 || b.documents.length > DOKUMEN_PER_PERMINTAAN)
  )
    return bad(`documents harus daftar 1 sampai ${DOKUMEN_PER_PERMINTAAN} { nip, kind }`);
  const items: { nip: string; kind: JenisDokumenTtd }[] = [];
  for (const raw of batch ? (b.documents as unknown[]) : [b]) {
    const item = parseItem(raw);
    if (!item.ok) return item;
    items.push(item.value);
  }
  return ok({
    spreadsheetId: base.value.spreadsheetId,
    year: base.value.year,
    items,
    batch,
    jangkar: base.value.jangkar,
  });
}

/**
 * POST /document: one employee's signed PK or RA into the office's archive folder, or a batch of them
 * (`documents`), answered per document: `{ documents: [{ nip, kind, status, docUrl, pdfUrl } | { nip,
 * kind, status, error }] }` with 200 (each document is idempotent by its key: a request sent again updates
 * the same files and link cells).
 */
export function documentHandler(deps: Deps) {
  return async (req: Request, res: Response): Promise<void> => {
    const admitted = await admit(deps, req, parseDocumentBody);
    if (!admitted.ok) return refuse(res, admitted.problems);
    const { body, office, who } = admitted.value;
    const { spreadsheetId, year, items, batch, jangkar } = body;
    const clients = deps.clients();
    const wb = new SheetsWorkbook(clients, spreadsheetId, deps.retry);
    const store = new DriveStore(clients, office.archiveFolderId ?? office.folderId, deps.retry);
    const request = { officeId: spreadsheetId, tahun: year, email: who.email, now: deps.now(), jangkar };
    let outcomes: Awaited<ReturnType<typeof runDocuments>>;
    try {
      outcomes = await runDocuments(
        wb,
        store,
        { ...request, items: items.map((i) => ({ nip: i.nip, jenis: i.kind })) },
        nodeSha256,
      );
    } catch (error) {
      return refuse(res, googleProblem(error, spreadsheetId));
    }
    // each document as its own answer: its links, or its problems (a Google failure told as what to fix)
    const answers = outcomes.map((o) => {
      if ('error' in o || !o.ok) {
        const problems = 'error' in o ? googleProblem(o.error, spreadsheetId) : o.problems;
        return { status: statusOfProblems(problems), ...errorBody(problems) };
      }
      const { links, model } = o.value;
      return {
        status: 200,
        docUrl: links.docUrl,
        pdfUrl: links.pdfUrl,
        kodeVerifikasi: model.persetujuan.kodeVerifikasi,
      };
    });
    if (batch)
      return send(res, 200, {
        documents: answers.map((a, i) => ({ nip: items[i]?.nip, kind: items[i]?.kind, ...a })),
      });
    const [one] = answers;
    const { status, ...rest } = one as { status: number };
    send(res, status, rest);
  };
}

export function recapAllHandler(deps: Deps) {
  return async (req: Request, res: Response): Promise<void> => {
    if (req.method !== 'POST') return refuse(res, [{ key: 'http.metodeSalah' }]);
    const b =
      typeof req.body === 'object' && req.body !== null && !Array.isArray(req.body)
        ? (req.body as Record<string, unknown>)
        : undefined;
    const ids = b?.spreadsheetIds;
    if (
      !Array.isArray(ids) ||
      ids.length === 0 ||
      ids.some((id) => typeof id !== 'string' || !SPREADSHEET_ID.test(id))
    ) {
      return refuse(res, [
        { key: 'http.badanTidakSah', params: { detail: 'spreadsheetIds harus daftar ID spreadsheet' } },
      ]);
    }
    // one task per office, however often it is named; a bounded batch per request
    const unique = [...new Set(ids as string[])];
    if (unique.length > MAX_RECAP_ALL)
      return refuse(res, [
        { key: 'http.terlaluBanyakKantor', params: { jumlah: unique.length, maks: MAX_RECAP_ALL } },
      ]);
    const one = parseRecapBody({ spreadsheetId: unique[0], year: b?.year, period: b?.period });
    if (!one.ok) return refuse(res, one.problems);
    const who = await verifyIdentity(req.get('authorization'), deps.deployment.identity, deps.certs);
    if (!who.ok) return refuse(res, who.problems);
    if (who.value.kind !== 'user' || !deps.deployment.operators.includes(who.value.email)) {
      return refuse(res, [{ key: 'http.bukanOperator', params: { email: who.value.email } }]);
    }
    const unknown = unique.filter((id) => !deps.deployment.offices[id]);
    if (unknown.length)
      return refuse(
        res,
        unknown.map((id) => ({ key: 'http.kantorTidakTerdaftar', params: { id } })),
      );
    const tasks = await deps.queue().enqueue(
      unique.map((spreadsheetId) => ({
        spreadsheetId,
        year: one.value.year,
        period: one.value.period,
      })),
    );
    send(res, 202, { tasks });
  };
}
