// Issue 13 item 3 for documents: every text around the data comes from the catalogue, in the office's
// `Bahasa`. The quarterly report, the LKjIP draft, the PK and the Rencana Aksi are rendered in English and
// read back: every fixed text of the documents' catalogue (`doc.*`) shows in English, none in Indonesian.
import { describe, expect, it } from 'vitest';
import { runDocument } from '../../functions/documents/pipeline';
import type { DocumentKey, DocumentStore } from '../../functions/recap/pipeline';
import { renderRekapDocx } from '../../functions/render/recap-docx';
import { CATALOG, DEMO_NIP, DEMO_PEGAWAI, demoTables, type ModelRekap, t } from '../../shared';
import { type DocxContent, readDocx } from '../support/docx-text';
import { rekap, replayDemo, sha256 } from '../support/driver';
import { MemoryWorkbook } from '../support/memory-workbook';

const YEAR_END = Date.parse('2027-01-10T09:00:00+07:00');
const email = (nip: string) => DEMO_PEGAWAI.find((p) => p.nip === nip)?.email as string;

function setBahasa(wb: MemoryWorkbook, bahasa: 'id' | 'en'): MemoryWorkbook {
  const row = (wb.tabs.Pengaturan as unknown[][]).find((r) => r[0] === 'Bahasa');
  if (!row) throw new Error('no Bahasa');
  row[1] = bahasa;
  return wb;
}

function modelOf(periode: 'TW2' | 'TAHUNAN', bahasa: 'id' | 'en'): ModelRekap {
  const wb = setBahasa(new MemoryWorkbook(demoTables()), bahasa);
  replayDemo(wb);
  const r = rekap(wb, periode, YEAR_END);
  if (!r.ok) throw new Error('recap failed');
  return r.value;
}

/** Every text of a document: paragraphs, table cells, footers. */
const texts = (d: DocxContent) => [...d.paragraphs, ...d.tables.flat(2), ...d.footers];

/** The documents' fixed texts (no parameter) that read differently in the two languages. */
const FIXED = Object.entries(CATALOG).filter(
  ([k, m]) => k.startsWith('doc.') && !m.id.includes('{') && m.id !== m.en,
) as [keyof typeof CATALOG, { id: string; en: string }][];

/** A text of the document is the catalogue's, alone or as a lettered heading (`A. ...`). */
const shows = (all: readonly string[], text: string) =>
  all.some((x) => x === text || x.replace(/^[A-Z]\. /, '') === text);

describe('documents in the office language (Pengaturan Bahasa)', () => {
  it('writes the quarterly report in English when Bahasa is en', async () => {
    const m = modelOf('TW2', 'en');
    expect(m.bahasa).toBe('en');
    const all = texts(await readDocx(await renderRekapDocx(m)));
    for (const key of ['doc.bagian.iku', 'doc.bagian.ringkasan', 'doc.bagian.perUnit'] as const)
      expect(shows(all, t(key, {}, 'en'))).toBe(true);
    expect(all).toContain(
      t('doc.judul.triwulan', { periode: 'Quarter II', tahun: 2026 }, 'en').toUpperCase(),
    );
    expect(all).toContain(t('doc.kolom.capaianSd', { periode: 'TW II' }, 'en'));
    expect(FIXED.filter(([, m]) => shows(all, m.id)).map(([k]) => k)).toEqual([]);
    // the same model in Indonesian keeps the official texts
    const id = texts(await readDocx(await renderRekapDocx({ ...m, bahasa: 'id' })));
    expect(id).toContain('LAPORAN PENGUKURAN KINERJA TRIWULAN II TAHUN 2026');
    expect(shows(id, 'Kinerja Instansi: Indikator Kinerja Utama (IKU)')).toBe(true);
  });

  it('writes the LKjIP draft in English when Bahasa is en; in id it keeps the official chapter titles', async () => {
    const m = modelOf('TAHUNAN', 'en');
    const all = texts(await readDocx(await renderRekapDocx(m)));
    for (const key of [
      'doc.lkjip.babIII',
      'doc.lkjip.tahunLalu',
      'doc.lkjip.trenIku',
      'doc.lkjip.lampiran',
    ] as const)
      expect(all).toContain(t(key, {}, 'en'));
    expect(FIXED.filter(([, x]) => shows(all, x.id)).map(([k]) => k)).toEqual([]);
    const id = texts(await readDocx(await renderRekapDocx({ ...m, bahasa: 'id' })));
    expect(id).toContain('LAPORAN KINERJA INSTANSI PEMERINTAH');
    expect(id).toContain('BAB III\nAKUNTABILITAS KINERJA');
  });

  it('writes the PK and the Rencana Aksi around their official wording in English when Bahasa is en', async () => {
    const wb = setBahasa(new MemoryWorkbook(demoTables()), 'en');
    replayDemo(wb, Number.POSITIVE_INFINITY, (dokumen) => !dokumen.startsWith('TW'));
    for (const jenis of ['PK', 'RA'] as const) {
      const docs: Buffer[] = [];
      const store: DocumentStore = {
        async publish(doc: { key: DocumentKey; title: string; docx: Buffer }) {
          docs.push(doc.docx);
          return { docUrl: 'https://docs.google.com/document/d/x/edit', pdfUrl: null };
        },
      };
      const r = await runDocument(
        wb,
        store,
        {
          officeId: 'kantor',
          nip: DEMO_NIP.stafTu,
          jenis,
          email: email(DEMO_NIP.kasubagTu),
          now: Date.parse('2026-03-02T09:00:00+07:00'),
        },
        sha256,
      );
      expect(r.ok).toBe(true);
      const d = await readDocx(docs[0] as Buffer);
      const all = texts(d);
      expect(d.footers.join(' ')).toContain('Verification code: ');
      expect(d.tables.some((tb) => tb[0]?.includes(t('doc.kolom.indikatorKinerja', {}, 'en')))).toBe(true);
      expect(FIXED.filter(([, x]) => shows(all, x.id)).map(([k]) => k)).toEqual([]);
    }
  });
});
