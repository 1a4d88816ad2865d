// The signed PK and RA documents (SOP steps 3, 6, 7): read back from the DOCX, against the sheet's rows,
// the verification code against Riwayat, acting signatories, edits after signing, and who may print.
import { describe, expect, it } from 'vitest';
import { runDocument } from '../../functions/documents/pipeline';
import { main } from '../../functions/local/cli';
import type { Io } from '../../functions/local/commands';
import type { DocumentKey, DocumentStore } from '../../functions/recap/pipeline';
import {
  DEMO_INDIKATOR,
  DEMO_NIP,
  DEMO_PEGAWAI,
  demoTables,
  describeProblem,
  headersOf,
  ikiTab,
  kodeVerifikasi,
  parseKantor,
  pegawaiTab,
  readTab,
  TAB_NAMES,
  writeTab,
} from '../../shared';
import { readDocx } from '../support/docx-text';
import { replayDemo, sha256 } from '../support/driver';
import { MemoryWorkbook } from '../support/memory-workbook';
import { demoFile, tmp } from '../support/xlsx';

const email = (nip: string) => DEMO_PEGAWAI.find((p) => p.nip === nip)?.email as string;
const NOW = Date.parse('2026-03-02T09:00:00+07:00');

class MemoryStore implements DocumentStore {
  readonly docs = new Map<string, Buffer>();
  async publish(doc: { key: DocumentKey; title: string; docx: Buffer }) {
    const id = `${doc.key.officeId}:${doc.key.tahun}:${doc.key.periode}`;
    this.docs.set(id, doc.docx);
    return { docUrl: `https://docs.google.com/document/d/${encodeURIComponent(id)}/edit`, pdfUrl: null };
  }
}

/** The demo office after January: every PK and RA signed and archived. */
function archived(): MemoryWorkbook {
  const wb = new MemoryWorkbook(demoTables());
  replayDemo(wb, Number.POSITIVE_INFINITY, (dokumen) => !dokumen.startsWith('TW'));
  return wb;
}

async function documentOf(
  wb: MemoryWorkbook,
  nip: string,
  jenis: 'PK' | 'RA',
  asker = email(DEMO_NIP.kasubagTu),
) {
  const store = new MemoryStore();
  const r = await runDocument(wb, store, { officeId: 'kantor', nip, jenis, email: asker, now: NOW }, sha256);
  if (!r.ok) throw new Error(r.problems.map((p) => describeProblem(p)).join('; '));
  return { result: r.value, docx: await readDocx([...store.docs.values()][0] as Buffer) };
}

describe('the Perjanjian Kinerja document', () => {
  it('names the parties, attaches the IKI rows, and carries the approval record with its verification code', async () => {
    const wb = archived();
    const { result, docx } = await documentOf(wb, DEMO_NIP.stafTu, 'PK');
    const text = docx.paragraphs.join('\n');
    expect(text).toContain('PERJANJIAN KINERJA TAHUN 2026');
    expect(text).toContain(
      'Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:',
    );
    expect(text).toContain(
      'Nama: Eko Prasetyo\nJabatan: Pengelola Data Kepegawaian\nselanjutnya disebut PIHAK KESATU.',
    );
    expect(text).toContain(
      'Nama: Dwi Rahmawati, S.Sos.\nJabatan: Kepala Sub Bagian Tata Usaha dan Kepegawaian\nselaku atasan PIHAK KESATU',
    );
    const attachment = docx.tables.find((t) => t[0]?.[2] === 'Indikator Kinerja');
    const iki = DEMO_INDIKATOR.filter((d) => d.iki.nip === DEMO_NIP.stafTu).map((d) => d.iki);
    expect(attachment?.slice(1)).toEqual(
      iki.map((v, i) => [String(i + 1), v.sasaran, v.indikator, v.satuan, String(v.target)]),
    );
    // the verification code is derived from the hash Riwayat recorded at signing (step 3)
    const k = parseKantor(wb.readTables(TAB_NAMES));
    const signing = k.riwayat.find(
      (r) => r.value.nipPemilik === DEMO_NIP.stafTu && r.value.langkah === 3,
    )?.value;
    expect(result.model.persetujuan.kodeVerifikasi).toBe(kodeVerifikasi(signing?.hash ?? ''));
    expect(docx.footers).toEqual([
      `Disetujui oleh Dwi Rahmawati, S.Sos. pada 12 Januari 2026 08.30 WIB. Kode verifikasi: ${kodeVerifikasi(signing?.hash ?? '')}`,
    ]);
    expect(docx.xml).not.toContain('PERHATIAN');
    // the link is recorded on the PK row
    expect(k.pk.find((r) => r.value.nip === DEMO_NIP.stafTu)?.value.dokumenPk).toBe(result.links.docUrl);
  });

  it('says on its face when the content changed after signing, and when it is not signed yet', async () => {
    const wb = archived();
    const sheet = wb.tabs.IKI as unknown[][];
    const row = sheet.findIndex((r) => r[0] === DEMO_NIP.stafTu);
    (sheet[row] as unknown[])[headersOf(ikiTab).indexOf('Target')] = 999;
    const { docx, result } = await documentOf(wb, DEMO_NIP.stafTu, 'PK');
    expect(result.model.berubah).toBe(true);
    expect(docx.paragraphs).toContain(
      'PERHATIAN: isi dokumen ini berubah setelah ditandatangani. Kode verifikasi di bawah tidak berlaku untuk isi ini.',
    );
    const fresh = new MemoryWorkbook(demoTables());
    const draft = await documentOf(fresh, DEMO_NIP.stafTu, 'PK');
    expect(draft.docx.paragraphs.join('\n')).toContain('KONSEP — belum ditandatangani (status: Draf)');
  });
});

describe('the Rencana Aksi document', () => {
  it('lists the actions and quarterly targets; an acting signatory signs as "Plh." of the position', async () => {
    const wb = archived();
    const { docx, result } = await documentOf(wb, DEMO_NIP.kasubagRapat, 'RA');
    const table = docx.tables.find((t) => t[0]?.[3] === 'Rencana Aksi');
    const rows = DEMO_INDIKATOR.filter((d) => d.iki.nip === DEMO_NIP.kasubagRapat);
    expect(table?.slice(1)).toEqual(
      rows.map((d, i) => [
        String(i + 1),
        d.iki.indikator,
        d.iki.satuan,
        d.rencanaAksi,
        ...d.target.map((t) => (t === null ? '-' : String(t))),
      ]),
    );
    const text = docx.paragraphs.join('\n');
    expect(text).toContain('PIHAK KEDUA\nPlh. Kepala Bagian Persidangan dan Perundang-undangan');
    expect(text).toContain('Sri Wahyuni, S.E., M.M.');
    expect(result.model.persetujuan.oleh).toBe('Sri Wahyuni, S.E., M.M. (Plh)');
  });
});

describe('an acting official named Plt', () => {
  it('signs as "Plt." of the position, and the approval record says so', async () => {
    const tables = demoTables();
    const pegawai = readTab(pegawaiTab, tables.Pegawai).rows.map((r) => r.value);
    // the Kabag Persidangan's position is held by a Plt (the Kabag Umum) instead of a Plh
    const withPlt = pegawai.map((p) =>
      p.nip === DEMO_NIP.kabagSidang ? { ...p, jenisPenjabat: 'Plt' as const } : p,
    );
    const wb = new MemoryWorkbook({ ...tables, Pegawai: writeTab(pegawaiTab, withPlt) });
    replayDemo(wb, Number.POSITIVE_INFINITY, (dokumen) => !dokumen.startsWith('TW'));
    const { docx, result } = await documentOf(wb, DEMO_NIP.kasubagRapat, 'RA');
    expect(docx.paragraphs.join('\n')).toContain(
      'PIHAK KEDUA\nPlt. Kepala Bagian Persidangan dan Perundang-undangan',
    );
    expect(result.model.persetujuan.oleh).toBe('Sri Wahyuni, S.E., M.M. (Plt)');
  });
});

describe('who may ask for which document', () => {
  it('the employee, their superior and the administrator may; a peer may not', async () => {
    const wb = archived();
    for (const asker of [DEMO_NIP.stafTu, DEMO_NIP.kasubagTu]) {
      await expect(documentOf(wb, DEMO_NIP.stafTu, 'PK', email(asker))).resolves.toBeTruthy();
    }
    await expect(
      documentOf(wb, DEMO_NIP.stafKeuangan, 'RA', email(DEMO_NIP.kasubagTu)),
    ).resolves.toBeTruthy(); // administrator
    await expect(documentOf(wb, DEMO_NIP.stafTu, 'PK', email(DEMO_NIP.stafKeuangan))).rejects.toThrow(
      'Anda tidak berwenang mencetak PK 2026 milik Eko Prasetyo: hanya pegawai itu, atasannya (atau Plt/Plh-nya) dan Pengelola Kinerja.',
    );
  });
});

describe('kinerja document', () => {
  it('writes the document, and refuses an unknown kind as a usage error', async () => {
    const file = await demoFile();
    const out: string[] = [];
    const err: string[] = [];
    const io: Io = {
      out: (s) => out.push(s),
      err: (s) => err.push(s),
      lang: 'id',
      now: () => NOW,
      progress: false,
      pdf: false,
    };
    const dir = tmp();
    expect(await main(['document', file, '--nip', DEMO_NIP.stafTu, '--kind', 'PK', '--out', dir], io)).toBe(
      0,
    );
    expect(out.join()).toMatch(/Dokumen PK Eko Prasetyo ditulis: .*kantor_2026_PK-199001012015031001\.docx/);
    expect(await main(['document', file, '--nip', DEMO_NIP.stafTu, '--kind', 'SKP', '--out', dir], io)).toBe(
      2,
    );
    expect(err.join()).toContain('Jenis dokumen "SKP" tidak dikenal.');
  });
});
