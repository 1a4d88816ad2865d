// Producing one employee's signed PK or RA document (SOP steps 3, 6, 7): read the tabs once (those no
// document of the request is made of as their header only), check who
// asks (the employee, their superior or acting official, or an administrator), build the model with the
// core, render it, publish it through the same DocumentStore as the recaps (Drive or a local folder;
// idempotent by office, year, employee and kind), and record the link in the PK tab in one write.
import {
  bolehCetak,
  emailPengelolaBawaan,
  fail,
  identify,
  type Jangkar,
  type JenisDokumenTtd,
  type ModelDokumenTtd,
  modelDokumenTtd,
  parseKantor,
  type Result,
  type Sha256,
  TAB_NAMES,
  tabTanpaBarisDokumen,
  tulisanTautanDokumen,
  type Workbook,
} from '../../shared';
import type { DocumentStore, PublishedLinks } from '../recap/pipeline';
import { bacaLambang } from './lambang';

export interface DocumentRequest {
  readonly officeId: string;
  /** Blank: the requester's own document. */
  readonly nip: string;
  readonly jenis: JenisDokumenTtd;
  readonly email: string | null;
  /** The request is the office's own (the local user): it acts as the office's Pengelola Kinerja. */
  readonly atasNamaPengelola?: boolean;
  readonly now: number;
  readonly tahun?: number;
  /** The log's anchor as the add-on keeps it. */
  readonly jangkar?: Jangkar | null;
}

/** One document of a batch: its own outcome (a refusal or a failure of one never stops the others). */
export type DocumentOutcome = Result<{ readonly model: ModelDokumenTtd; readonly links: PublishedLinks }>;

export async function runDocument(
  wb: Workbook,
  store: DocumentStore,
  req: DocumentRequest,
  sha256: Sha256,
): Promise<DocumentOutcome> {
  const [one] = await runDocuments(
    wb,
    store,
    { ...req, items: [{ nip: req.nip, jenis: req.jenis }] },
    sha256,
  );
  if (one && 'error' in one) throw one.error;
  return one as DocumentOutcome;
}

/** A document whose publishing failed in Google (after retries): the error, for the caller to tell. */
export interface DocumentFailure {
  readonly ok: false;
  readonly error: unknown;
}

/**
 * Several employees' documents (a bulk signing or archive in the add-on): the workbook read once, the
 * documents rendered and published side by side (each idempotent by its key, so a repeated request updates
 * the same files), and every link written in one flush: two Sheets calls per request, however many
 * documents (the Sheets API allows 60 reads and 60 writes a minute per user:
 * https://developers.google.com/workspace/sheets/api/limits). A failure that is not a refusal (Google, after
 * retries) is thrown with the item it belongs to, for the caller to report per item.
 */
export async function runDocuments(
  wb: Workbook,
  store: DocumentStore,
  req: Omit<DocumentRequest, 'nip' | 'jenis'> & {
    readonly items: readonly { readonly nip: string; readonly jenis: JenisDokumenTtd }[];
  },
  sha256: Sha256,
): Promise<(DocumentOutcome | DocumentFailure)[]> {
  // the tabs none of the documents is made of are read as their header only (a PK needs no Pengukuran)
  const opts = { headerOnly: tabTanpaBarisDokumen(req.items.map((i) => i.jenis)) };
  let k = parseKantor(await wb.readTables(TAB_NAMES, opts));
  if (req.tahun !== undefined && req.tahun !== k.settings.tahun) {
    const wrong = fail({ key: 'http.tahunBeda', params: { tahun: req.tahun, tahunSheet: k.settings.tahun } });
    return req.items.map(() => wrong);
  }
  const lambang = await bacaLambang(store, k.settings.lambang);
  if (!lambang.ok) return req.items.map(() => lambang);
  const { renderDokumenTtdDocx } = await import('../render/agreement-docx');
  const kantor = k;
  const email = req.atasNamaPengelola ? emailPengelolaBawaan(k) : req.email;
  const me = identify(k.org, email);
  const own = me.ok ? me.value.nip : '';
  const items = req.items.map((i) => ({ ...i, nip: i.nip || own }));
  const published = await Promise.allSettled(
    items.map(async ({ nip, jenis }): Promise<DocumentOutcome> => {
      const allowed = bolehCetak(kantor.org, email, nip, jenis, kantor.settings.tahun);
      if (!allowed.ok) return allowed;
      const model = modelDokumenTtd(kantor, nip, jenis, sha256, req.now, { jangkar: req.jangkar ?? null });
      if (!model.ok) return model;
      const docx = await renderDokumenTtdDocx(model.value, {
        lambang: lambang.value,
        lang: kantor.settings.bahasa,
      });
      const links = await store.publish({
        // each version is its own file: a revision (PK Perubahan) never overwrites the earlier signed version
        key: {
          officeId: req.officeId,
          tahun: kantor.settings.tahun,
          periode: `${jenis}-${nip}${model.value.versi > 1 ? `-v${model.value.versi}` : ''}`,
        },
        title: `${model.value.judul} — ${model.value.pihakKesatu.nama}`,
        docx,
      });
      return { ok: true, value: { model: model.value, links } };
    }),
  );
  // the links, each into its own cells; an employee without a PK row gets one (written, then the tabs read
  // again, so that their other document's link goes into that row rather than a second one)
  for (const [i, p] of published.entries()) {
    if (p.status !== 'fulfilled' || !p.value.ok) continue;
    const { nip, jenis } = items[i] as { nip: string; jenis: JenisDokumenTtd };
    const writes = tulisanTautanDokumen(k, nip, jenis, p.value.value.links.docUrl, req.now);
    await wb.writeRanges(writes.ranges);
    if (writes.appends.length) {
      for (const a of writes.appends) await wb.appendRows(a.tab, a.rows);
      await wb.flush?.();
      k = parseKantor(await wb.readTables(TAB_NAMES, opts));
    }
  }
  await wb.flush?.();
  return published.map((p) => (p.status === 'fulfilled' ? p.value : { ok: false, error: p.reason }));
}
