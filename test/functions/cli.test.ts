// The embedded default through its CLI, in-process: the demo end to end, every user mistake with its
// message and exit code (and the workbook unchanged), and the .xlsx round trip.
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { langOf, main } from '../../functions/local/cli';
import { demoCommand, type Io } from '../../functions/local/commands';
import { readWorkbookParts } from '../../functions/local/xlsx/parts';
import { ZipPackage } from '../../functions/local/xlsx/zip';
import { XlsxWorkbook } from '../../functions/local/xlsx-workbook';
import {
  DEMO_NIP,
  DEMO_PEGAWAI,
  DEMO_SETTINGS,
  defaultSettingRows,
  demoTables,
  formatPercent,
  headersOf,
  ikiTab,
  parseKantor,
  pengaturanTab,
  pengukuranTab,
  readTab,
  rencanaAksiTab,
  roundHalfUp,
  TAB_NAMES,
  writeTab,
} from '../../shared';
import { readDocx } from '../support/docx-text';
import { langkahPkRa } from '../support/steps';
import { demoFile, tmp } from '../support/xlsx';

function io(lang: 'id' | 'en' = 'id') {
  const out: string[] = [];
  const err: string[] = [];
  const value: Io = {
    out: (s) => out.push(s),
    err: (s) => err.push(s),
    lang,
    now: () => Date.parse('2026-01-05T09:00:00+07:00'),
    progress: false,
    pdf: false,
  };
  return { io: value, out, err };
}

const run = async (args: string[], lang: 'id' | 'en' = 'id') => {
  const t = io(lang);
  const code = await main(args, t.io);
  return { code, out: t.out.join('\n'), err: t.err.join('\n') };
};

const email = (nip: string) => DEMO_PEGAWAI.find((p) => p.nip === nip)?.email as string;

describe('kinerja demo', () => {
  let dir: string;
  let output: string[];
  beforeAll(async () => {
    dir = join(tmp(), 'out');
    const t = io();
    expect(await demoCommand(t.io, dir, {})).toBe(0);
    output = t.out;
  }, 120_000);

  it('writes the demo workbook and the five recap documents', () => {
    const all = readdirSync(join(dir, 'dokumen')).sort();
    // signing and archiving filed the signed PK and RA of each of the 8 people: the head of office (with the
    // Bupati) and the 7 employees
    expect(all.filter((f) => /_(PK|RA)-\d{18}\.docx$/.test(f))).toHaveLength(16);
    const docs = all.filter((f) => !/_(PK|RA)-/.test(f));
    expect(docs).toEqual([
      'kantor-demo_2026_TAHUNAN.docx',
      'kantor-demo_2026_TAHUNAN.json',
      'kantor-demo_2026_TW1.docx',
      'kantor-demo_2026_TW2.docx',
      'kantor-demo_2026_TW3.docx',
      'kantor-demo_2026_TW4.docx',
    ]);
    expect(existsSync(join(dir, 'kantor-demo.xlsx'))).toBe(true);
    expect(output.join('\n')).toContain('Demo selesai');
  });

  it('ran all 14 SOP steps with one return, the late steps attributed to whoever acted, and the workbook is valid', async () => {
    const k = parseKantor((await XlsxWorkbook.open(join(dir, 'kantor-demo.xlsx'))).readTables(TAB_NAMES));
    expect(k.problems).toEqual([]);
    const steps = new Set(k.riwayat.map((r) => r.value.langkah));
    for (const n of [1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14])
      expect(steps.has(n), `step ${n}`).toBe(true);
    expect(k.riwayat.filter((r) => r.value.aksi === 'kembalikan').map((r) => r.value.catatan)).toEqual([
      'Target indikator SPJ terlambat disesuaikan dengan peta jabatan.',
    ]);
    // step 1 is timed from Mulai Penyusunan PK (5 January 07:30): the drafts submitted on later days are late;
    // Rina's RA check (step 5) waited two days for the Plh of her Kabag, who acted: the Plh's lateness
    expect(
      k.riwayat
        .filter((r) => r.value.melebihi === 'Ya')
        .map((r) => [r.value.langkah, r.value.nipPelaku, r.value.peran]),
    ).toEqual([
      [1, DEMO_NIP.kabagSidang, 'Pegawai'],
      [1, DEMO_NIP.kasubagTu, 'Pegawai'],
      [1, DEMO_NIP.kasubagKeuangan, 'Pegawai'],
      [1, DEMO_NIP.kasubagRapat, 'Pegawai'],
      [1, DEMO_NIP.stafTu, 'Pegawai'],
      [1, DEMO_NIP.stafKeuangan, 'Pegawai'],
      [5, DEMO_NIP.kabagUmum, 'Plh'],
    ]);
    expect(k.riwayat.some((r) => r.value.peran === 'Plh')).toBe(true);
    // the regional head's signature on the head's PK, recorded by the Pengelola Kinerja
    expect(k.riwayat.find((r) => r.value.aksi === 'ttdkepaladaerah')?.value).toMatchObject({
      langkah: 3,
      nipPemilik: DEMO_NIP.sekwan,
      nipPelaku: DEMO_NIP.kasubagTu,
      durasi: null,
    });
    expect(k.rekap.filter((r) => r.value.periode === 'TAHUNAN')).toHaveLength(8);
  });

  it('the numbers in the annual document equal the recap model', async () => {
    const json = JSON.parse(readFileSync(join(dir, 'dokumen', 'kantor-demo_2026_TAHUNAN.json'), 'utf8'));
    const doc = await readDocx(readFileSync(join(dir, 'dokumen', 'kantor-demo_2026_TAHUNAN.docx')));
    expect(doc.paragraphs).toContain('LAPORAN KINERJA INSTANSI PEMERINTAH');
    // capaian per unit, the trend per unit, one per Kabag's indicators, one per office IKU
    expect(doc.media).toHaveLength(4 + json.iku.pimpinan.indikator.length);
    expect(json.iku.pimpinan.indikator.map((i: { kode: string }) => i.kode)).toEqual(['IKU-01', 'IKU-02']);
    // BAB III: one table per unit, one row per indicator (Realisasi Tahun, Capaian Tahun)
    const indicatorRows = doc.tables
      .filter((t) => t[0]?.[0] === 'Pegawai' && t[0]?.[9] === 'Capaian Tahun')
      .map((t) => t.slice(1));
    const modelRows = json.units.map(
      (u: {
        pegawai: {
          indikator: {
            periode: {
              capaian: string | null;
              realisasi: string | null;
              huruf: { realisasi: string | null } | null;
            };
            capaianTeks: string;
          }[];
        }[];
      }) =>
        // a qualitative indicator shows its grade
        u.pegawai.flatMap((p) =>
          p.indikator.map((i) => [i.capaianTeks, i.periode.realisasi ?? i.periode.huruf?.realisasi ?? null]),
        ),
    );
    expect(indicatorRows).toHaveLength(modelRows.length);
    indicatorRows.forEach((rows: string[][], u: number) => {
      expect(rows).toHaveLength(modelRows[u].length);
      rows.forEach((row, i) => {
        const [teks, realisasi] = modelRows[u][i];
        expect(row[9]).toBe(teks);
        expect(row[8]).toBe(realisasi === null ? '-' : realisasi.replace('.', ','));
      });
    });
    const ikhtisar = doc.paragraphs.find((p) => p.startsWith('Pada tahun 2026,'));
    expect(ikhtisar).toContain(
      `rata-rata capaian kinerja ${formatPercent(roundHalfUp(Number(json.ringkasan.rataRataCapaian), 2))} dengan predikat ${json.ringkasan.predikat}`,
    );
    expect(doc.paragraphs.join('\n')).toContain('NIP. 19680512 199303 1 004');
  });

  it('the annual document shows grades, awaited releases and the portions that do not add up', async () => {
    const doc = await readDocx(readFileSync(join(dir, 'dokumen', 'kantor-demo_2026_TAHUNAN.docx')));
    const rows = doc.tables.flat();
    // BAB III's table per unit: Target Tahun, Realisasi Tahun, Capaian Tahun (and Predikat)
    const opini = rows.find((r) => r[1] === 'Opini BPK atas laporan keuangan');
    expect([opini?.[3], opini?.[8], opini?.[9]]).toEqual(['WTP', '-', 'menunggu rilis']);
    const sakip = rows.find((r) => r[1] === 'Nilai SAKIP Sekretariat DPRD' && r.length === 12);
    expect([sakip?.[3], sakip?.[8], sakip?.[9], sakip?.[10]]).toEqual(['BB', 'B', '80,00% (B)', 'Baik']);
    const porsi = doc.tables.find((t) => t[0]?.[1] === 'Indikator Atasan');
    expect(porsi?.slice(1)).toEqual([
      [
        '1',
        'IKU-02 Jumlah rapat DPRD yang terfasilitasi (Drs. Bambang Sutrisno, M.Si.)',
        '96 rapat',
        'Agus Salim, S.H. IKU-1: 96',
        '96',
        'terbagi habis',
      ],
      [
        '2',
        'IKI-3 Jumlah SPJ terverifikasi (Hendra Gunawan, S.E.)',
        '480 dokumen',
        'Fitri Handayani, A.Md. IKI-3: 400',
        '400',
        'kurang',
      ],
    ]);
    const tw1 = await readDocx(readFileSync(join(dir, 'dokumen', 'kantor-demo_2026_TW1.docx')));
    // measured once a year: TW I is not measured (Capaian TW I), nor is it counted s.d. TW I
    const sakipTw1 = tw1.tables.flat().find((r) => r[2] === 'Nilai SAKIP Sekretariat DPRD');
    expect([sakipTw1?.[7], sakipTw1?.[10]]).toEqual(['tidak diukur', 'tidak diukur']);
  });

  it('files the PK Perubahan as its own version; the replaced version’s code still verifies', async () => {
    const sri = DEMO_NIP.kabagUmum;
    const files = readdirSync(join(dir, 'dokumen'));
    expect(files.filter((f) => f.endsWith('-v2.docx')).sort()).toEqual([
      `kantor-demo_2026_PK-${sri}-v2.docx`,
      `kantor-demo_2026_RA-${sri}-v2.docx`,
    ]);
    const v1 = await readDocx(readFileSync(join(dir, 'dokumen', `kantor-demo_2026_PK-${sri}.docx`)));
    const v2 = await readDocx(readFileSync(join(dir, 'dokumen', `kantor-demo_2026_PK-${sri}-v2.docx`)));
    expect(v1.paragraphs).toContain('PERJANJIAN KINERJA TAHUN 2026');
    expect(v2.paragraphs).toContain('PERJANJIAN KINERJA PERUBAHAN TAHUN 2026');
    expect(v2.paragraphs).toContain('Versi 2');
    const kode = /Kode verifikasi: ([0-9A-F-]{19})/.exec(v1.footers.join(' '))?.[1] as string;
    expect(v2.paragraphs.join('\n')).toContain(
      `Menggantikan versi 1 yang ditandatangani pada 5 Januari 2026 (kode verifikasi ${kode})`,
    );
    const file = join(dir, 'kantor-demo.xlsx');
    const old = await run(['verify', file, kode]);
    expect(old.code).toBe(0);
    expect(old.out).toContain('Versi 1, digantikan oleh versi 2 pada tanggal 7 September 2026.');
    const now = /Kode verifikasi: ([0-9A-F-]{19})/.exec(v2.footers.join(' '))?.[1] as string;
    expect((await run(['verifikasi', file, now.toLowerCase()], 'en')).out).toContain(
      'Version 2 is the version in force.',
    );
    const unknown = await run(['verify', file, 'FFFF-FFFF-FFFF-FFFF']);
    expect([unknown.code, unknown.err]).toEqual([
      1,
      expect.stringContaining('tidak ada di Riwayat tahun 2026'),
    ]);
  });

  it('refuses to overwrite a folder it did not make, and starts fresh in its own', async () => {
    const other = tmp();
    writeFileSync(join(other, 'penting.txt'), 'jangan dihapus');
    const t = io();
    expect(await main(['demo', other], t.io)).toBe(2);
    expect(existsSync(join(other, 'penting.txt'))).toBe(true);
    expect(t.err.join()).toContain('sudah berisi berkas lain');
    expect(langOf(['demo', '--lang', 'en'])).toBe('en');
  });
});

describe('kinerja init, validate, act, recap', () => {
  it('init creates every tab; validate reports a fresh file as valid', async () => {
    const file = join(tmp(), 'baru.xlsx');
    expect((await run(['init', file])).code).toBe(0);
    const wb = await XlsxWorkbook.open(file);
    expect(wb.sheetNames()).toEqual([
      ...TAB_NAMES.slice(0, 3),
      'PK',
      'Rencana Aksi',
      'Pengukuran',
      'Riwayat',
      'Rekap',
      'Anggaran PK',
    ]);
    const v = await run(['validate', file]);
    expect(v.code).toBe(0);
    expect(v.out).toBe('Tidak ada kesalahan: 0 pegawai, 0 indikator.');
  });

  it('validate shows portions that do not add up as a warning, and the demo file stays valid', async () => {
    const v = await run(['validate', await demoFile()]);
    expect(v.code).toBe(0);
    expect(v.out).toBe('Tidak ada kesalahan: 8 pegawai, 21 indikator.');
    expect(v.err.split('\n')).toEqual([
      expect.stringMatching(
        /^Peringatan: Tab IKI, baris \d+, kolom Target: Indikator IKI-3 \(Hendra Gunawan, S\.E\.\) target 480, porsi bawahan baru 400 \(kurang 80\)/,
      ),
    ]);
  });

  it('act runs one action with the sidebar’s rules and saves; a refused action leaves the file unchanged', async () => {
    const file = await demoFile();
    const ok = await run(['act', file, '--as', email(DEMO_NIP.stafTu), 'submit', '--doc', 'PK']);
    expect(ok).toMatchObject({ code: 0 });
    expect(ok.out).toContain('Berhasil: ajukan PK milik Eko Prasetyo (Draf -> Diajukan), langkah SOP 1.');
    expect(ok.out).toContain(`Pemberitahuan untuk: ${email(DEMO_NIP.kasubagTu)}`);
    const before = readFileSync(file);
    const peer = await run([
      'act',
      file,
      '--as',
      email(DEMO_NIP.stafKeuangan),
      'setujui',
      '--nip',
      DEMO_NIP.stafTu,
      '--doc',
      'PK',
    ]);
    expect(peer.code).toBe(1);
    expect(peer.err).toMatch(/^Anda tidak berwenang/);
    const stranger = await run([
      'act',
      file,
      '--as',
      'orang@luar.id',
      'setujui',
      '--nip',
      DEMO_NIP.stafTu,
      '--doc',
      'PK',
    ]);
    expect(stranger).toMatchObject({
      code: 1,
      err: 'Email orang@luar.id tidak terdaftar di tab Pegawai. Minta Pengelola Kinerja menambahkan email Anda.',
    });
    expect(readFileSync(file).equals(before)).toBe(true);
    const approve = await run([
      'act',
      file,
      '--as',
      email(DEMO_NIP.kasubagTu),
      'approve',
      '--nip',
      DEMO_NIP.stafTu,
      '--doc',
      'pk',
    ]);
    expect(approve.code).toBe(0);
    expect(approve.out).not.toContain('-arsip');
    // signing (SOP step 3) files the signed PK next to the workbook, as the add-on files it on Drive
    const sign = await run([
      'act',
      file,
      '--as',
      email(DEMO_NIP.kasubagTu),
      'setujui',
      '--nip',
      DEMO_NIP.stafTu,
      '--doc',
      'PK',
    ]);
    expect(sign.code).toBe(0);
    const filed = join(
      `${file.replace(/\.xlsx$/, '')}-arsip`,
      `${basename(file, '.xlsx')}_2026_PK-${DEMO_NIP.stafTu}.docx`,
    );
    expect(sign.out).toContain(filed);
    expect(existsSync(filed)).toBe(true);
  });

  it('the head of office submits their PK; the Pengelola Kinerja records the regional head’s signature', async () => {
    const file = await demoFile();
    const head = DEMO_NIP.sekwan;
    const submitted = await run(['act', file, '--as', email(head), 'ajukan', '--doc', 'PK']);
    expect(submitted.code).toBe(0);
    expect(submitted.out).toContain(`Pemberitahuan untuk: ${email(DEMO_NIP.kasubagTu)}`);
    const noDate = await run([
      'act',
      file,
      '--as',
      email(DEMO_NIP.kasubagTu),
      'ttdkepaladaerah',
      '--nip',
      head,
    ]);
    expect(noDate.code).toBe(1);
    const lines = noDate.err.split('\n');
    expect(lines[0]).toBe('Isi tanggal penandatanganan oleh Kepala Daerah, misalnya 5 Februari 2026.');
    // what is open on the head's PK: a return or the record, by the Pengelola Kinerja; no approval
    expect(lines.slice(1).join('\n')).toContain(
      `ttdkepaladaerah --doc PK) oleh ${email(DEMO_NIP.kasubagTu)}`,
    );
    expect(lines.slice(1).join('\n')).not.toContain('setujui');

    const recorded = await run([
      'act',
      file,
      '--as',
      email(DEMO_NIP.kasubagTu),
      'record-regional-signature',
      '--nip',
      head,
      '--date',
      '5 Januari 2026',
      '--scan',
      'https://drive.google.com/file/d/pk-bupati/view',
    ]);
    expect(recorded.code).toBe(0);
    expect(recorded.out).toContain('(Diajukan -> Ditandatangani), langkah SOP 3.');
    const k = parseKantor((await XlsxWorkbook.open(file)).readTables(TAB_NAMES));
    expect(k.problems).toEqual([]);
    expect(k.riwayat.at(-1)?.value.catatan).toBe(
      'Ditandatangani Bupati Nganjuk (Ir. Hadi Santoso, M.T.) pada 5 Januari 2026; pindaian: https://drive.google.com/file/d/pk-bupati/view',
    );
  });

  it('act perubahan: the Pengelola Kinerja opens a revision of an archived PK with --catatan', async () => {
    const file = await demoFile();
    const eko = DEMO_NIP.stafTu;
    const admin = email(DEMO_NIP.kasubagTu);
    const early = await run([
      'act',
      file,
      '--as',
      admin,
      'perubahan',
      '--nip',
      eko,
      '--doc',
      'PK',
      '--catatan',
      'x',
    ]);
    expect(early.code).toBe(1); // nothing archived yet
    for (const [who, aksi, doc] of langkahPkRa(email(eko), admin, admin)) {
      const r = await run(['act', file, '--as', who, aksi, '--nip', eko, '--doc', doc]);
      expect(r.code, `${aksi} ${doc}: ${r.err}`).toBe(0);
    }
    const noReason = await run(['act', file, '--as', admin, 'perubahan', '--nip', eko, '--doc', 'PK']);
    expect(noReason.code).toBe(1);
    const opened = await run([
      'act',
      file,
      '--as',
      admin,
      'revise',
      '--nip',
      eko,
      '--doc',
      'PK',
      '--catatan',
      'Penugasan baru',
    ]);
    expect(opened.code).toBe(0);
    expect(opened.out).toContain('(Diarsipkan -> Dikembalikan)');
    const k = parseKantor((await XlsxWorkbook.open(file)).readTables(TAB_NAMES));
    expect(k.pk.find((r) => r.value.nip === eko)?.value).toMatchObject({
      statusPk: 'Dikembalikan',
      statusRa: 'Dikembalikan',
      catatan: 'Penugasan baru',
    });
    expect((await run(['validate', file])).code).toBe(0);
  });

  it('validate warns (without failing) when the head of office has no IKI', async () => {
    const tables = demoTables();
    const iki = readTab(ikiTab, tables.IKI).rows.map((r) => r.value);
    const noIku = iki
      .filter((r) => r.nip !== DEMO_NIP.sekwan)
      .map((r) => (r.kodeAtasan?.startsWith('IKU-0') ? { ...r, kodeAtasan: null } : r));
    const file = join(tmp(), 'tanpa-iku.xlsx');
    const wb = XlsxWorkbook.create();
    for (const [tab, rows] of Object.entries({
      ...tables,
      IKI: writeTab(ikiTab, noIku),
      'Rencana Aksi': writeTab(
        rencanaAksiTab,
        readTab(rencanaAksiTab, tables['Rencana Aksi'])
          .rows.map((r) => r.value)
          .filter((r) => r.nip !== DEMO_NIP.sekwan),
      ),
      Pengukuran: writeTab(pengukuranTab, []),
      Pengaturan: writeTab(
        pengaturanTab,
        defaultSettingRows({ ...DEMO_SETTINGS, 'Cascading Wajib': 'Tidak' }),
      ),
    }))
      wb.writeRanges([{ tab, row: 1, column: 1, values: rows.map((r) => r.map((c) => c ?? null)) }]);
    await wb.save(file);
    const v = await run(['validate', file]);
    expect(v.code).toBe(0);
    expect(v.err.split('\n')[0]).toBe(
      'Peringatan: Tab IKI: Pimpinan instansi Drs. Bambang Sutrisno, M.Si. (196805121993031004) belum memiliki IKI: IKU instansi kosong dan rekap tidak dapat menampilkan kinerja instansi. Isi IKI pimpinan di tab IKI.',
    );
    expect(v.out).toBe('Tidak ada kesalahan: 8 pegawai, 19 indikator.');
  });

  it('init on an older workbook adds the Pengaturan keys it lacks and keeps its values', async () => {
    const file = join(tmp(), 'lama.xlsx');
    const wb = XlsxWorkbook.create();
    const older = defaultSettingRows(DEMO_SETTINGS).filter(
      (r) => !/Kepala Daerah|Mulai Penyusunan/.test(r.kunci),
    );
    wb.writeRanges([
      {
        tab: 'Pengaturan',
        row: 1,
        column: 1,
        // over the rows create() laid out: the older keys, then blank rows
        values: [
          ...writeTab(pengaturanTab, older).map((r) => r.map((c) => c ?? null)),
          ...Array.from({ length: 10 }, () => [null, null]),
        ],
      },
    ]);
    await wb.save(file);
    expect((await run(['init', file])).code).toBe(0);
    const rows = readTab(
      pengaturanTab,
      (await XlsxWorkbook.open(file)).readTables(['Pengaturan']).Pengaturan,
    ).rows;
    expect(rows.slice(0, older.length).map((r) => r.value)).toEqual(
      older.map((r) => ({ ...r, nilai: r.nilai || null })),
    );
    expect(rows.slice(older.length).map((r) => r.value.kunci)).toEqual([
      'Nama Kepala Daerah',
      'Jabatan Kepala Daerah',
      'NIP Kepala Daerah',
      'Mulai Penyusunan PK',
    ]);
  });

  it('recap writes the document and, with --strict, refuses incomplete data', async () => {
    const file = await demoFile();
    const out = tmp();
    const r = await run(['recap', file, '--period', 'tw1', '--out', out, '--json']);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['kantor_2026_TW1.docx', 'kantor_2026_TW1.json']);
    const strict = await run(['recap', file, '--period', 'TW1', '--out', out, '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.err.split('\n')[0]).toMatch(/^Rekap belum lengkap: \d+ hal belum terpenuhi\.$/);
    const notAdmin = await run([
      'recap',
      file,
      '--period',
      'TW1',
      '--out',
      out,
      '--as',
      email(DEMO_NIP.stafTu),
    ]);
    expect(notAdmin.code).toBe(1);
  });

  it.each([
    [['act', 'x.xlsx', 'terbang', '--as', 'a@b.id'], 2, 'Aksi "terbang" tidak dikenal.'],
    [['act', 'x.xlsx', 'ajukan'], 2, 'Perintah tidak lengkap atau salah'],
    [['act', 'x.xlsx', 'ajukan', '--as', 'a@b.id'], 2, 'Sebutkan dokumennya dengan --doc'],
    [['act', 'x.xlsx', 'ajukan', '--as', 'a@b.id', '--doc', 'TW5'], 2, 'Dokumen "TW5" tidak dikenal.'],
    [['recap', 'x.xlsx', '--period', 'TW9', '--out', '/tmp'], 2, 'Periode "TW9" tidak dikenal.'],
    [['frobnicate'], 2, 'Perintah tidak lengkap atau salah'],
    [['validate', 'tidak-ada.xlsx'], 1, 'Berkas tidak-ada.xlsx tidak ditemukan.'],
  ])('%j exits %i with a clear message', async (args, code, message) => {
    const r = await run(args);
    expect(r.code).toBe(code);
    expect(r.err).toContain(message);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('a file that is not xlsx, and a workbook missing tabs or columns', async () => {
    const bogus = join(tmp(), 'bukan.xlsx');
    writeFileSync(bogus, 'ini teks biasa');
    expect(await run(['validate', bogus])).toMatchObject({
      code: 1,
      err: expect.stringContaining('bukan spreadsheet .xlsx'),
    });
    const file = await demoFile();
    const wb = await XlsxWorkbook.upgrade(file);
    wb.raw.removeWorksheet(wb.raw.getWorksheet('Pengukuran')?.id ?? -1);
    const target = wb.raw.getWorksheet('IKI');
    target?.spliceColumns(headersOf(ikiTab).indexOf('Target') + 1, 1);
    await wb.save(file);
    const v = await run(['validate', file]);
    expect(v.code).toBe(1);
    expect(v.err).toContain('Tab IKI, baris 1, kolom Target: Kolom wajib ini tidak ada.');
    expect(v.err).toContain('Tab Pengukuran: Tab ini tidak ada.');
  });

  it('a read-only file: a clear message and the file unchanged', async () => {
    const file = await demoFile();
    const dir = join(file, '..');
    chmodSync(dir, 0o555);
    const before = readFileSync(file);
    try {
      const r = await run(['act', file, '--as', email(DEMO_NIP.stafTu), 'ajukan', '--doc', 'PK']);
      if (process.getuid?.() === 0) {
        // root writes anyway: nothing to prove about permissions here, only that the action worked
        expect(r.code).toBe(0);
      } else {
        expect(r.code).toBe(1);
        expect(r.err).toContain('tidak dapat ditulis');
        expect(readFileSync(file).equals(before)).toBe(true);
      }
    } finally {
      chmodSync(dir, 0o755);
    }
  });

  it('speaks English with --lang en', async () => {
    const r = await run(['validate', 'tidak-ada.xlsx', '--lang', 'en'], 'en');
    expect(r.err).toBe(
      'File tidak-ada.xlsx not found. Check its name and folder, or create it with: kinerja init tidak-ada.xlsx',
    );
  });
});

describe('the .xlsx workbook', () => {
  it('round-trips records whatever the column order, keeping NIP as text', async () => {
    const tables = demoTables();
    const iki = readTab(ikiTab, tables.IKI).rows.map((r) => r.value);
    const order = [...headersOf(ikiTab)].reverse();
    const file = join(tmp(), 'rt.xlsx');
    const wb = XlsxWorkbook.create();
    const table = writeTab(ikiTab, iki, order);
    wb.writeRanges([{ tab: 'IKI', row: 1, column: 1, values: table.map((r) => r.map((c) => c ?? null)) }]);
    await wb.save(file);
    const back = readTab(ikiTab, (await XlsxWorkbook.open(file)).readTables(['IKI']).IKI);
    expect(back.problems).toEqual([]);
    expect(back.rows.map((r) => r.value)).toEqual(iki);
    const nipColumn = (await XlsxWorkbook.upgrade(file)).raw
      .getWorksheet('IKI')
      ?.getColumn(headersOf(ikiTab).indexOf('NIP') + 1);
    expect(nipColumn?.numFmt).toBe('@');
  });

  it('lays out dropdowns, a frozen header and protection from the tab declarations', async () => {
    const wb = XlsxWorkbook.create();
    const file = join(tmp(), 'layout.xlsx');
    await wb.save(file);
    const ws = (await XlsxWorkbook.upgrade(file)).raw.getWorksheet('IKI');
    expect(ws?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const polaritas = headersOf(ikiTab).indexOf('Polaritas') + 1;
    // the dropdown covers the whole column below the header, open-ended (not rows 2-1000)
    const letter = ws?.getColumn(polaritas).letter as string;
    const pkg = ZipPackage.parse(readFileSync(file));
    const ref = readWorkbookParts((p) => pkg.text(p)).sheets.find((s) => s.name === 'IKI');
    const iki = pkg.text(ref?.path ?? '') ?? '';
    const rule = new RegExp(
      `<dataValidation [^>]*sqref="${letter}2:${letter}1048576"[^>]*>([\\s\\S]*?)</dataValidation>`,
    ).exec(iki);
    expect(rule?.[0]).toContain('type="list"');
    expect(rule?.[1]).toBe('<formula1>&quot;Positif,Negatif,Rentang&quot;</formula1>');
    // header cells keep Excel's default (locked); content columns are unlocked for people to type in
    expect(ws?.getRow(1).getCell(polaritas).protection?.locked).not.toBe(false);
    expect(ws?.getColumn(polaritas).protection).toMatchObject({ locked: false });
    const riwayat = (await XlsxWorkbook.upgrade(file)).raw.getWorksheet('Riwayat');
    expect((riwayat as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection?.sheet).toBe(true);
  });
});
