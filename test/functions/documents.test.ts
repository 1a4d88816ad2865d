// The signed PK and RA documents (SOP steps 3, 6, 7): read back from the DOCX, against the sheet's rows,
// the verification code against Riwayat, acting signatories, edits after signing, and who may print.
import { describe, expect, it } from 'vitest';
import { runDocument } from '../../functions/documents/pipeline';
import { main } from '../../functions/local/cli';
import type { Io } from '../../functions/local/commands';
import type { DocumentKey, DocumentStore } from '../../functions/recap/pipeline';
import {
  anggaranPkTab,
  DEMO_AKSI,
  DEMO_ANGGARAN_PK,
  DEMO_INDIKATOR,
  DEMO_NIP,
  DEMO_PEGAWAI,
  demoTables,
  describeProblem,
  headersOf,
  ikiTab,
  kodeVerifikasi,
  kolomPola,
  masalahDokumen,
  modelDokumenTtd,
  parseKantor,
  pegawaiTab,
  readTab,
  rencanaAksiTab,
  TAB_NAMES,
  teksPolaPeriode,
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
/** Every PK and RA signed and archived in January (before the demo's mid-year revision and transfer). */
function archived(): MemoryWorkbook {
  const wb = new MemoryWorkbook(demoTables());
  replayDemo(wb, Date.parse('2026-03-01T00:00:00+07:00'), (dokumen) => !dokumen.startsWith('TW'));
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
      iki.map((v, i) => [
        String(i + 1),
        v.sasaran,
        v.indikator,
        v.satuan,
        String(v.target),
        teksPolaPeriode(kolomPola(v)),
      ]),
    );
    expect(attachment?.[0]?.[5]).toBe('Pola / Periode Ukur');
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

/** The demo workbook with some Pengaturan values changed. */
function withSettings(wb: MemoryWorkbook, values: Record<string, string>): MemoryWorkbook {
  const sheet = wb.tabs.Pengaturan as unknown[][];
  for (const [kunci, nilai] of Object.entries(values)) {
    const row = sheet.find((r) => r[0] === kunci);
    if (!row) throw new Error(`no ${kunci}`);
    row[1] = nilai;
  }
  return wb;
}

/** A 2 x 3 pixel PNG (what a coat of arms file is, in miniature). */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAADCAIAAAA2iEnWAAAAEklEQVR4nGP4z8DAwMDAwMDAAAHXAv+ZBhzsAAAAAElFTkSuQmCC',
  'base64',
);

describe('the PK attachment and its settings', () => {
  it('prints how each indicator is measured: a Rilis indicator with its period and Penerbit', async () => {
    const wb = archived();
    const { docx } = await documentOf(wb, DEMO_NIP.kabagUmum, 'PK');
    const attachment = docx.tables.find((t) => t[0]?.[2] === 'Indikator Kinerja');
    const opini = attachment?.find((r) => r[2] === 'Opini BPK atas laporan keuangan');
    expect(opini?.slice(3)).toEqual([
      'Opini BPK',
      'WTP',
      'Rilis; tahunan, rilis tahun berikutnya (TW IV); Penerbit: BPK RI Perwakilan Provinsi Jawa Timur',
    ]);
    const ra = (await documentOf(wb, DEMO_NIP.kabagUmum, 'RA')).docx.tables.find(
      (t) => t[0]?.[4] === 'Rencana Aksi',
    );
    expect(ra?.find((r) => r[2] === 'Opini BPK atas laporan keuangan')?.at(-1)).toBe(
      'Rilis; tahunan, rilis tahun berikutnya (TW IV); Penerbit: BPK RI Perwakilan Provinsi Jawa Timur',
    );
  });

  it('adds the program/kegiatan budget table, in rupiah with its total, only for a person with Anggaran PK rows', async () => {
    const wb = archived();
    const { docx, result } = await documentOf(wb, DEMO_NIP.kabagUmum, 'PK');
    const budget = docx.tables.find((t) => t[0]?.[1] === 'Program/Kegiatan/Sub Kegiatan');
    expect(budget).toEqual([
      ['No', 'Program/Kegiatan/Sub Kegiatan', 'Anggaran', 'Keterangan'],
      ...DEMO_ANGGARAN_PK.map((a, i) => [
        String(i + 1),
        a.program,
        `Rp${a.anggaran.toLocaleString('id-ID')}`,
        a.keterangan ?? '',
      ]),
      ['', 'Jumlah', 'Rp2.700.000.000', ''],
    ]);
    // a Kabag is one level under the head: the attachment names the Sasaran Program
    expect(result.model.tingkat).toBe('Eselon III');
    expect(docx.tables.find((t) => t[0]?.[2] === 'Indikator Kinerja')?.[0]?.[1]).toBe('Sasaran Program');
    const staf = await documentOf(wb, DEMO_NIP.stafTu, 'PK');
    expect(staf.docx.tables.some((t) => t[0]?.[1] === 'Program/Kegiatan/Sub Kegiatan')).toBe(false);
    expect(staf.result.model.anggaran).toEqual([]);
  });

  it('signs the budget with the PK: changing an Anggaran PK row after signing shows on its face', async () => {
    const wb = archived();
    const sheet = wb.tabs['Anggaran PK'] as unknown[][];
    (sheet[1] as unknown[])[headersOf(anggaranPkTab).indexOf('Anggaran')] = 1;
    expect((await documentOf(wb, DEMO_NIP.kabagUmum, 'PK')).result.model.berubah).toBe(true);
    expect((await documentOf(wb, DEMO_NIP.stafTu, 'PK')).result.model.berubah).toBe(false);
  });

  it('writes PIHAK PERTAMA when Pengaturan says so, in the statement and the signature block', async () => {
    const wb = withSettings(archived(), { 'Sebutan Pihak': 'Pihak Pertama' });
    const { docx } = await documentOf(wb, DEMO_NIP.stafTu, 'PK');
    const text = docx.paragraphs.join('\n');
    expect(text).toContain('selanjutnya disebut PIHAK PERTAMA.');
    expect(text).toContain('selaku atasan PIHAK PERTAMA, selanjutnya disebut PIHAK KEDUA.');
    expect(text).not.toContain('KESATU');
    const signature = docx.tables.find((t) => t.some((r) => r[1] === 'Eko Prasetyo'));
    expect(signature?.map((r) => r[1])).toEqual([
      'Nganjuk, 12 Januari 2026',
      'PIHAK PERTAMA\nPengelola Data Kepegawaian',
      '\n\n\n',
      'Eko Prasetyo',
      'Penata Muda (III/a)',
      'NIP. 19900101 201503 1 001',
    ]);
    // the two signatories' name, rank and NIP lines share rows, so they line up
    expect(signature?.slice(3).map((r) => r[0])).toEqual([
      'Dwi Rahmawati, S.Sos.',
      'Penata Tingkat I (III/d)',
      'NIP. 19800110 200501 2 008',
    ]);
  });

  it('puts the coat of arms from Pengaturan on the letterhead, and never a bare PEMERINTAH when Unit is blank', async () => {
    const wb = withSettings(archived(), { Lambang: 'lambang.png', Unit: '' });
    const asked: string[] = [];
    const store = new MemoryStore();
    const withImage = Object.assign(store, {
      async readImage(ref: string) {
        asked.push(ref);
        return PNG;
      },
    });
    const r = await runDocument(
      wb,
      withImage,
      { officeId: 'kantor', nip: DEMO_NIP.stafTu, jenis: 'PK', email: email(DEMO_NIP.kasubagTu), now: NOW },
      sha256,
    );
    expect(r.ok).toBe(true);
    expect(asked).toEqual(['lambang.png']);
    const docx = await readDocx([...store.docs.values()][0] as Buffer);
    expect(docx.media).toHaveLength(1);
    expect(docx.xml).toContain('<wp:inline');
    expect(docx.xml).not.toContain('<wp:anchor');
    expect(docx.paragraphs).not.toContain('PEMERINTAH');
    expect(docx.paragraphs).toContain('SEKRETARIAT DPRD KABUPATEN NGANJUK');
  });

  it('refuses a coat of arms that is not an image, naming the setting', async () => {
    const wb = withSettings(archived(), { Lambang: 'lambang.txt' });
    const store = Object.assign(new MemoryStore(), { readImage: async () => Buffer.from('not an image') });
    const r = await runDocument(
      wb,
      store,
      { officeId: 'kantor', nip: DEMO_NIP.stafTu, jenis: 'PK', email: email(DEMO_NIP.kasubagTu), now: NOW },
      sha256,
    );
    expect(r.ok ? [] : r.problems.map((p) => describeProblem(p))).toEqual([
      'Tab Pengaturan, kolom Nilai: Lambang "lambang.txt" bukan gambar PNG atau JPEG. Unggah lambang sebagai PNG atau JPEG dan isi ID/jalur berkasnya.',
    ]);
  });
});

describe('the Rencana Aksi document', () => {
  it('groups several actions under their indicator, with the sasaran, TW I-IV and the annual target', async () => {
    const wb = archived();
    const { docx, result } = await documentOf(wb, DEMO_NIP.kasubagRapat, 'RA');
    const table = docx.tables.find((t) => t[0]?.[4] === 'Rencana Aksi');
    expect(table?.[0]).toEqual([
      'No',
      'Sasaran',
      'Indikator Kinerja',
      'Satuan',
      'Rencana Aksi',
      'Target TW I',
      'Target TW II',
      'Target TW III',
      'Target TW IV',
      'Target Tahun',
      'Pola / Periode Ukur',
    ]);
    const [first, second, third] = DEMO_INDIKATOR.filter((d) => d.iki.nip === DEMO_NIP.kasubagRapat);
    const aksi = DEMO_AKSI[`${DEMO_NIP.kasubagRapat}|IKI-1`] ?? [];
    expect(aksi).toHaveLength(3);
    // the indicator's cells span its rows (vMerge): later rows hold only their own cells
    expect(table?.slice(1)).toEqual([
      [
        '1',
        first?.iki.sasaran,
        first?.iki.indikator,
        first?.iki.satuan,
        aksi[0]?.rencanaAksi,
        ...(aksi[0]?.target.map(String) ?? []),
        String(first?.iki.target),
        'Hitungan; setiap triwulan',
      ],
      ['', '', '', '', aksi[1]?.rencanaAksi, ...(aksi[1]?.target.map(String) ?? []), '', ''],
      ['', '', '', '', aksi[2]?.rencanaAksi, ...(aksi[2]?.target.map(String) ?? []), '', ''],
      [
        '',
        '',
        '',
        '',
        'Target indikator (Jumlah, untuk capaian)',
        ...(first?.target.map(String) ?? []),
        '',
        '',
      ],
      [
        '2',
        second?.iki.sasaran,
        second?.iki.indikator,
        second?.iki.satuan,
        second?.rencanaAksi,
        ...(second?.target.map(String) ?? []),
        '90–100',
        'Posisi; setiap triwulan',
      ],
      // measured per semester: the quarters outside its Periode Ukur have no target
      [
        '3',
        third?.iki.sasaran,
        third?.iki.indikator,
        third?.iki.satuan,
        third?.rencanaAksi,
        ...(third?.target.map((t) => (t === null ? '-' : String(t))) ?? []),
        String(third?.iki.target),
        'Posisi; semester (TW II, TW IV)',
      ],
    ]);
    expect(docx.xml.match(/<w:vMerge w:val="restart"\/>/g)?.length).toBe(6);
    // the three actions' targets add up to the indicator's, which the capaian uses
    expect(result.model.rencanaAksi[0]?.target).toEqual(first?.target.map(String));
    const text = docx.paragraphs.join('\n');
    expect(text).toContain('PIHAK KEDUA\nPlh. Kepala Bagian Persidangan dan Perundang-undangan');
    expect(text).toContain('Sri Wahyuni, S.E., M.M.');
    expect(result.model.persetujuan.oleh).toBe('Sri Wahyuni, S.E., M.M. (Plh)');
  });

  it('covers every action row in its signed hash: changing the third action shows on its face', async () => {
    const wb = archived();
    const sheet = wb.tabs['Rencana Aksi'] as unknown[][];
    const col = headersOf(rencanaAksiTab).indexOf('Rencana Aksi');
    const row = sheet.findIndex(
      (r) => r[col] === DEMO_AKSI[`${DEMO_NIP.kasubagRapat}|IKI-1`]?.[2]?.rencanaAksi,
    );
    expect(row).toBeGreaterThan(0);
    (sheet[row] as unknown[])[col] = 'Penyusunan risalah rapat kerja';
    const { result, docx } = await documentOf(wb, DEMO_NIP.kasubagRapat, 'RA');
    expect(result.model.berubah).toBe(true);
    expect(docx.paragraphs).toContain(
      'PERHATIAN: isi dokumen ini berubah setelah ditandatangani. Kode verifikasi di bawah tidak berlaku untuk isi ini.',
    );
  });

  it('warns and explains when the quarterly targets do not add up to the annual target, without blocking', async () => {
    const tables = demoTables();
    const ra = readTab(rencanaAksiTab, tables['Rencana Aksi']).rows.map((r) => r.value);
    const off = ra.map((r) =>
      r.nip === DEMO_NIP.stafTu && r.kode === 'IKI-1' ? { ...r, targetTw4: 40 } : r,
    );
    const wb = new MemoryWorkbook({ ...tables, 'Rencana Aksi': writeTab(rencanaAksiTab, off) });
    const k = parseKantor(wb.readTables(TAB_NAMES));
    expect(masalahDokumen(k, DEMO_NIP.stafTu, 'RA', false)).toEqual([]);
    const { docx } = await documentOf(wb, DEMO_NIP.stafTu, 'RA');
    expect(docx.paragraphs).toContain('Catatan konsistensi target:');
    // the row of Eko's IKI-1 on the tab (header on row 1)
    const baris = off.findIndex((r) => r.nip === DEMO_NIP.stafTu && r.kode === 'IKI-1') + 2;
    expect(docx.paragraphs.join('\n')).toContain(
      `1. Tab Rencana Aksi, baris ${baris}, kolom Target TW I: Peringatan, indikator IKI-1 (Jumlah): realisasi tahunan adalah jumlah keempat triwulan, jadi jumlah target TW I-IV (130) biasanya sama dengan target tahunan (120). Periksa targetnya, atau jelaskan di Alasan Penyimpangan.`,
    );
    // with the reason given, the document prints the reason instead of the warning
    const explained = off.map((r) =>
      r.nip === DEMO_NIP.stafTu && r.kode === 'IKI-1'
        ? { ...r, alasan: 'Tambahan mutasi pegawai di TW IV' }
        : r,
    );
    const wb2 = new MemoryWorkbook({ ...tables, 'Rencana Aksi': writeTab(rencanaAksiTab, explained) });
    const second = (await documentOf(wb2, DEMO_NIP.stafTu, 'RA')).docx.paragraphs;
    expect(second).not.toContain('Catatan konsistensi target:');
    expect(second).toContain('IKI-1 Jumlah data pegawai dimutakhirkan: Tambahan mutasi pegawai di TW IV');
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

describe('the rows a document is made of', () => {
  it('reads Pengukuran and Rekap as their header only, and makes the document every row would make', async () => {
    const wb = new MemoryWorkbook(demoTables());
    replayDemo(wb);
    expect(wb.tabs.Pengukuran?.length).toBeGreaterThan(40);
    const k = parseKantor(wb.readTables(TAB_NAMES));
    for (const [nip, jenis] of [
      [DEMO_NIP.stafTu, 'PK'],
      [DEMO_NIP.kasubagRapat, 'RA'],
      [DEMO_NIP.sekwan, 'PK'],
    ] as const) {
      const { result } = await documentOf(wb, nip, jenis);
      const full = modelDokumenTtd(k, nip, jenis, sha256, NOW);
      expect(full.ok ? full.value : full.problems).toEqual(result.model);
    }
    expect((await documentOf(wb, DEMO_NIP.kasubagRapat, 'RA')).result.model.rencanaAksi).toHaveLength(3);
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
