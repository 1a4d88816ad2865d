// Compiling and publishing one office's recap (SOP step 13 or 14): read every tab in one batch, let the
// core authorise and compile, render the DOCX, publish it through a DocumentStore (Drive, or a local
// folder), then write the Rekap rows and the Riwayat entry in one batch. Same path in the cloud and locally.
import {
  type Canonical,
  compileRekap,
  contentHash,
  decideRekap,
  emailPengelolaBawaan,
  fail,
  hashRantai,
  type Jangkar,
  jangkarDari,
  kepalaRantai,
  konteksTulisRekap,
  type ModelRekap,
  ok,
  type Periode,
  type Problem,
  parseKantor,
  periksaLog,
  type Result,
  rekapRows,
  ringkasanJson,
  type Sha256,
  TAB_NAMES,
  type Tables,
  tulisanRekap,
  type Workbook,
} from '../../shared';
import { bacaLambang } from '../documents/lambang';

export interface DocumentKey {
  /** The office's identity as the deployment knows it (spreadsheet ID, or the local file name). */
  readonly officeId: string;
  readonly tahun: number;
  /** `TW1`..`TW4`, `TAHUNAN`, or a document kind such as `PK-<nip>`. */
  readonly periode: string;
}

export interface PublishedLinks {
  readonly docUrl: string;
  readonly pdfUrl: string | null;
}

/** Where documents go: idempotent by key (a rerun updates the same document, never a duplicate). */
export interface DocumentStore {
  publish(doc: {
    readonly key: DocumentKey;
    readonly title: string;
    readonly docx: Buffer;
  }): Promise<PublishedLinks>;
  /** The bytes of an image the office names in Pengaturan (`Lambang`): a Drive file ID, or a local path. */
  readImage?(ref: string): Promise<Uint8Array>;
}

export interface RecapRequest {
  readonly officeId: string;
  readonly periode: Periode;
  readonly email: string | null;
  /** Called by the service itself (Cloud Tasks): act as the office's own Pengelola Kinerja. */
  readonly atasNamaPengelola?: boolean;
  /** The year the caller expects; a sheet for another year is refused. */
  readonly tahun?: number;
  readonly now: number;
  readonly strict?: boolean;
  /** Recorded in Riwayat (e.g. that Cloud Tasks compiled it on schedule). */
  readonly catatan?: string;
  /** The log's anchor as the add-on keeps it (the caller sends it; absent for scheduled recaps). */
  readonly jangkar?: Jangkar | null;
}

export interface RecapOutcome {
  readonly model: ModelRekap;
  readonly links: PublishedLinks;
  readonly summary: ReturnType<typeof ringkasanJson>;
  /** The log's chain after the recap's entry, for the caller to anchor (null: the log did not verify). */
  readonly jangkar: Jangkar | null;
}

function prepare(tables: Tables, req: RecapRequest, sha256: Sha256) {
  const k = parseKantor(tables);
  const missingTabs: Problem[] = k.problems.filter(
    (p) => p.key === 'tab.tidakAda' && p.tab !== 'Rekap' && p.tab !== 'Riwayat',
  );
  if (missingTabs.length) return fail(...missingTabs);
  if (req.tahun !== undefined && req.tahun !== k.settings.tahun) {
    return fail({ key: 'http.tahunBeda', params: { tahun: req.tahun, tahunSheet: k.settings.tahun } });
  }
  const email = req.atasNamaPengelola ? emailPengelolaBawaan(k) : req.email;
  const auth = decideRekap(k, email, req.periode, req.now, '');
  if (!auth.ok) return auth;
  const compiled = compileRekap(k, req.periode, req.now, sha256, {
    strict: req.strict ?? false,
    jangkar: req.jangkar ?? null,
  });
  if (!compiled.ok) return compiled;
  const model = compiled.value;
  const summary = ringkasanJson(model, k.settings.offsetMenit);
  // Riwayat keeps the hash of the figures the recap writes to Rekap (per employee and period)
  const figures = rekapRows(model, { dokumen: null, pdf: null }).map((r) => ({ ...r, dikompilasi: null }));
  const unchained = {
    ...auth.value,
    hash: contentHash(sha256, figures as unknown as Canonical),
    catatan: req.catatan ?? null,
  };
  // the recap's entry joins the log's chain (it changes no document's state, so it may stand after the
  // anchor until the add-on anchors the new head it receives in the response)
  const entri = { ...unchained, hashRantai: hashRantai(sha256, kepalaRantai(k), unchained) };
  // a new anchor only for a log that verified: a recap never blesses a log edited outside the workflow
  const intact = periksaLog(k, req.jangkar ?? null, sha256).blokirSemua.length === 0;
  const jangkar = intact ? jangkarDari(sha256, [...k.riwayat.map((r) => r.value), entri]) : null;
  return ok({
    model,
    summary,
    entri,
    jangkar,
    konteks: konteksTulisRekap(k),
    lambangRef: k.settings.lambang,
  });
}

export async function runRecap(
  wb: Workbook,
  store: DocumentStore,
  req: RecapRequest,
  sha256: Sha256,
): Promise<Result<RecapOutcome>> {
  // the whole workbook is needed only to compile: it is released before rendering (a large office's
  // tables and parsed rows would otherwise stay in memory next to the document being written)
  const prepared = prepare(await wb.readTables(TAB_NAMES), req, sha256);
  if (!prepared.ok) return prepared;
  const { model, summary, entri, jangkar, konteks, lambangRef } = prepared.value;
  const lambang = await bacaLambang(store, lambangRef);
  if (!lambang.ok) return lambang;
  // the renderer (docx, the chart's canvas and font) loads on first use, not at cold start
  const { renderRekapDocx } = await import('../render/recap-docx');
  const docx = await renderRekapDocx(model, { lambang: lambang.value });
  const links = await store.publish({
    key: { officeId: req.officeId, tahun: model.kantor.tahun, periode: req.periode },
    title: model.judul,
    docx,
  });
  const writes = tulisanRekap(konteks, rekapRows(model, { dokumen: links.docUrl, pdf: links.pdfUrl }), entri);
  await wb.writeRanges(writes.ranges);
  for (const a of writes.appends) await wb.appendRows(a.tab, a.rows);
  await wb.flush?.();
  return { ok: true, value: { model, links, summary, jangkar } };
}
