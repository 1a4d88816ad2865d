// Compiling and publishing one office's recap (SOP step 13 or 14): read every tab in one batch, let the
// core authorise and compile, render the DOCX, publish it through a DocumentStore (Drive, or a local
// folder), then write the Rekap rows and the Riwayat entry in one batch. Same path in the cloud and locally.
import {
  compileRekap,
  contentHash,
  decideRekap,
  fail,
  type ModelRekap,
  type Periode,
  type Problem,
  parseKantor,
  type Result,
  rekapJson,
  rekapRows,
  type Sha256,
  TAB_NAMES,
  tulisanRekap,
  type Workbook,
} from '../../shared';
import { renderRekapDocx } from '../render/recap-docx';

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
}

export interface RecapOutcome {
  readonly model: ModelRekap;
  readonly links: PublishedLinks;
  readonly summary: ReturnType<typeof rekapJson>['ringkasan'];
}

export async function runRecap(
  wb: Workbook,
  store: DocumentStore,
  req: RecapRequest,
  sha256: Sha256,
): Promise<Result<RecapOutcome>> {
  const k = parseKantor(await wb.readTables(TAB_NAMES));
  const missingTabs: Problem[] = k.problems.filter(
    (p) => p.key === 'tab.tidakAda' && p.tab !== 'Rekap' && p.tab !== 'Riwayat',
  );
  if (missingTabs.length) return { ok: false, problems: missingTabs };
  if (req.tahun !== undefined && req.tahun !== k.settings.tahun) {
    return fail({ key: 'http.tahunBeda', params: { tahun: req.tahun, tahunSheet: k.settings.tahun } });
  }
  const email = req.atasNamaPengelola
    ? k.settings.emailPengelola || k.org.administrators[0]?.email || null
    : req.email;
  const auth = decideRekap(k, email, req.periode, req.now, '');
  if (!auth.ok) return auth;
  const compiled = compileRekap(k, req.periode, req.now, sha256, { strict: req.strict ?? false });
  if (!compiled.ok) return compiled;
  const model = compiled.value;
  const json = rekapJson(model, k.settings.offsetMenit);
  const entri = {
    ...auth.value,
    hash: contentHash(sha256, JSON.parse(JSON.stringify(json))),
    catatan: req.catatan ?? null,
  };
  const docx = await renderRekapDocx(model);
  const links = await store.publish({
    key: { officeId: req.officeId, tahun: model.kantor.tahun, periode: req.periode },
    title: model.judul,
    docx,
  });
  const writes = tulisanRekap(k, rekapRows(model, { dokumen: links.docUrl, pdf: links.pdfUrl }), entri);
  await wb.writeRanges(writes.ranges);
  for (const a of writes.appends) await wb.appendRows(a.tab, a.rows);
  await wb.flush?.();
  return { ok: true, value: { model, links, summary: json.ringkasan } };
}
