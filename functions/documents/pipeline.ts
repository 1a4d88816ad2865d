// Producing one employee's signed PK or RA document (SOP steps 3, 6, 7): read every tab once, check who
// asks (the employee, their superior or acting official, or an administrator), build the model with the
// core, render it, publish it through the same DocumentStore as the recaps (Drive or a local folder;
// idempotent by office, year, employee and kind), and record the link in the PK tab in one write.
import {
  bolehCetak,
  fail,
  type Jangkar,
  type JenisDokumenTtd,
  type ModelDokumenTtd,
  modelDokumenTtd,
  parseKantor,
  type Result,
  type Sha256,
  TAB_NAMES,
  tulisanTautanDokumen,
  type Workbook,
} from '../../shared';
import type { DocumentStore, PublishedLinks } from '../recap/pipeline';
import { bacaLambang } from './lambang';

export interface DocumentRequest {
  readonly officeId: string;
  readonly nip: string;
  readonly jenis: JenisDokumenTtd;
  readonly email: string | null;
  readonly now: number;
  readonly tahun?: number;
  /** The log's anchor as the add-on keeps it. */
  readonly jangkar?: Jangkar | null;
}

export async function runDocument(
  wb: Workbook,
  store: DocumentStore,
  req: DocumentRequest,
  sha256: Sha256,
): Promise<Result<{ readonly model: ModelDokumenTtd; readonly links: PublishedLinks }>> {
  const k = parseKantor(await wb.readTables(TAB_NAMES));
  if (req.tahun !== undefined && req.tahun !== k.settings.tahun) {
    return fail({ key: 'http.tahunBeda', params: { tahun: req.tahun, tahunSheet: k.settings.tahun } });
  }
  const allowed = bolehCetak(k.org, req.email, req.nip, req.jenis, k.settings.tahun);
  if (!allowed.ok) return allowed;
  const model = modelDokumenTtd(k, req.nip, req.jenis, sha256, req.now, { jangkar: req.jangkar ?? null });
  if (!model.ok) return model;
  const lambang = await bacaLambang(store, k.settings.lambang);
  if (!lambang.ok) return lambang;
  const { renderDokumenTtdDocx } = await import('../render/agreement-docx');
  const docx = await renderDokumenTtdDocx(model.value, { lambang: lambang.value, lang: k.settings.bahasa });
  const links = await store.publish({
    key: { officeId: req.officeId, tahun: k.settings.tahun, periode: `${req.jenis}-${req.nip}` },
    title: `${model.value.judul} — ${model.value.pihakKesatu.nama}`,
    docx,
  });
  const writes = tulisanTautanDokumen(k, req.nip, req.jenis, links.docUrl, req.now);
  await wb.writeRanges(writes.ranges);
  for (const a of writes.appends) await wb.appendRows(a.tab, a.rows);
  await wb.flush?.();
  return { ok: true, value: { model: model.value, links } };
}
