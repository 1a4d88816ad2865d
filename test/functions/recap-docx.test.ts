// The quarterly report and the annual LKjIP draft, read back from the DOCX XML (tables, rows, cells) and
// compared with the recap model: the quarter's and the to-date figures, the annual target, the notes of
// the quarter, the summary per unit, the marks on incomplete figures, and the annual report's chapters.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { docxCharacters } from '../../functions/recap/pipeline';
import { charactersWritten, textCharacters } from '../../functions/render/characters';
import { renderRekapDocx } from '../../functions/render/recap-docx';
import {
  DEMO_NIP,
  DEMO_PEGAWAI,
  demoTables,
  formatPercent,
  formatPlain,
  type ModelRekap,
  type NilaiPeriode,
  type RekapIndikator,
  type RekapPegawai,
  rekapJson,
  simbolTanda,
  TANDA,
  t,
  teksNilai,
} from '../../shared';
import { readDocx } from '../support/docx-text';
import { doAction, rekap, replayDemo } from '../support/driver';
import { MemoryWorkbook } from '../support/memory-workbook';

const email = (nip: string) => DEMO_PEGAWAI.find((p) => p.nip === nip)?.email as string;
const YEAR_END = Date.parse('2027-01-10T09:00:00+07:00');

function modelOf(wb: MemoryWorkbook, periode: 'TW2' | 'TAHUNAN', now = YEAR_END): ModelRekap {
  const r = rekap(wb, periode, now);
  if (!r.ok) throw new Error('recap failed');
  return r.value;
}

const num = (n: NilaiPeriode['target']) => (n === null ? '-' : formatPlain(n));
function pct(n: NilaiPeriode | null): string {
  if (!n) return '-';
  if (n.capaian.status !== 'terhitung') return n.capaian.status;
  // a qualitative indicator's grade and a zero target stand next to the percentage
  const tanda = [n.huruf?.realisasi ?? null, n.capaian.targetNol ? 'target nol' : null].filter(Boolean);
  return `${formatPercent(n.capaian.nilai)}${tanda.length ? ` (${tanda.join(', ')})` : ''}${n.belumLengkap ? ' (belum lengkap)' : ''}`;
}

/** The rows of every employee's indicator table (those whose header names the quarter to date). */
function indicatorRows(tables: string[][][]): string[][] {
  return tables.filter((tb) => tb[0]?.includes('Target s.d. TW II')).flatMap((tb) => tb.slice(1));
}

function expectedRows(i: RekapIndikator, no: number, kode = false): string[][] {
  const marks = simbolTanda(i.tanda);
  const marksSd = simbolTanda(i.tandaSd);
  const mark = (text: string, m: string) => (text === '-' ? text : `${text}${m}`);
  const target =
    i.polaritas === 'Rentang' && i.targetAtas !== null
      ? `${teksNilai(i.targetTahunan)}–${formatPlain(i.targetAtas)}`
      : teksNilai(i.targetTahunan);
  return [
    [
      String(no),
      i.sasaran,
      kode ? `${i.kode} ${i.indikator}` : i.indikator,
      i.satuan,
      target,
      i.periode.huruf?.target ?? num(i.periode.target),
      mark(i.periode.huruf?.realisasi ?? num(i.periode.realisasi), marks),
      i.periode.capaian.status === 'terhitung' ? mark(pct(i.periode), marks) : expect.any(String),
      i.sdPeriode?.huruf?.target ?? num(i.sdPeriode?.target ?? null),
      mark(i.sdPeriode?.huruf?.realisasi ?? num(i.sdPeriode?.realisasi ?? null), marksSd),
      i.sdPeriode?.capaian.status === 'terhitung' ? mark(pct(i.sdPeriode), marksSd) : expect.any(String),
      i.predikat ?? '-',
      i.bukti.length ? i.bukti.map((b) => `TW ${b.triwulan}`).join(', ') : '-',
    ],
    [
      '',
      `Kendala: ${i.kendala[0]?.teks ?? '-'}`,
      `Arahan: ${i.arahan[0]?.teks ?? '-'}`,
      `Tindak lanjut: ${i.tindakLanjut[0]?.teks ?? '-'}`,
    ],
  ];
}

/** Every indicator table of a quarterly report: the office IKU (with their codes), then each employee's. */
function allRows(m: ModelRekap): string[][] {
  return [
    ...(m.iku.pimpinan?.indikator ?? []).flatMap((i, n) => expectedRows(i, n + 1, true)),
    ...m.units.flatMap((u) =>
      u.pegawai.flatMap((p) => p.indikator.flatMap((i, n) => expectedRows(i, n + 1))),
    ),
  ];
}

describe('the quarterly report (SOP step 13)', () => {
  it('shows per indicator the quarter, s.d. the quarter and the annual target, with the quarter’s notes', async () => {
    const wb = new MemoryWorkbook(demoTables());
    replayDemo(wb);
    const m = modelOf(wb, 'TW2');
    const docx = await readDocx(await renderRekapDocx(m));
    const expected = allRows(m);
    // the office IKU first, with the same figures as every indicator (issue 12, item 1)
    expect(m.iku.pimpinan?.indikator.length).toBeGreaterThan(0);
    expect(indicatorRows(docx.tables)).toEqual(expected);
    // the issue's example: Eko IKI-1 s.d. TW II 63/60 = 105%
    const eko = m.units.flatMap((u) => u.pegawai).find((p) => p.nip === DEMO_NIP.stafTu);
    const iki1 = eko?.indikator.find((i) => i.kode === 'IKI-1');
    expect([num(iki1?.sdPeriode?.realisasi ?? null), num(iki1?.sdPeriode?.target ?? null)]).toEqual([
      '63',
      '60',
    ]);
    expect(indicatorRows(docx.tables)).toContainEqual(expect.arrayContaining(['63', '60', '105,00%']));
    // the quarter's own notes: a kendala of TW II, never of another quarter
    const withKendala = m.units
      .flatMap((u) => u.pegawai.flatMap((p) => p.indikator))
      .filter((i) => i.kendala.length > 0);
    expect(withKendala.length).toBeGreaterThan(0);
    for (const i of withKendala) expect(i.kendala.map((k) => k.triwulan)).toEqual(['II']);
  });

  it('opens with the summary per unit and the chart of capaian per unit', async () => {
    const wb = new MemoryWorkbook(demoTables());
    replayDemo(wb);
    const m = modelOf(wb, 'TW2');
    const docx = await readDocx(await renderRekapDocx(m));
    const summary = docx.tables.find((tb) => tb[0]?.[0] === 'Unit Kerja');
    expect(summary?.[0]).toEqual([
      'Unit Kerja',
      'Pegawai',
      'Indikator',
      'Sudah Melapor',
      'Sudah Dievaluasi',
      'Capaian Triwulan II',
      'Capaian s.d. Triwulan II',
      'Predikat',
    ]);
    expect(summary?.slice(1)).toEqual(
      m.units.map((u) => [
        u.unitKerja,
        String(u.pegawai.length),
        String(u.pegawai.reduce((n, p) => n + p.indikator.length, 0)),
        String(u.pegawai.filter((p) => p.sudahMelapor).length),
        String(u.pegawai.filter((p) => p.sudahDievaluasi).length),
        u.rataRata ? formatPercent(u.rataRata) : '-',
        u.rataRataSd ? formatPercent(u.rataRataSd) : '-',
        u.predikat ?? '-',
      ]),
    );
    const r = m.ringkasan;
    expect(docx.paragraphs).toContain(
      `Jumlah pegawai ${r.jumlahPegawai}, indikator ${r.jumlahIndikator}; capaian terhitung ${r.terhitung}, realisasi belum diisi ${r.belumDiisi}, tidak dapat dihitung ${r.tidakDapatDihitung}. Kelengkapan data ${formatPlain(r.kelengkapan, 2)}%. Rata-rata capaian indikator individu (bukan capaian instansi; lihat IKU) ${r.rataRataCapaian ? `${formatPercent(r.rataRataCapaian)} (${r.predikat})` : 'belum dapat dihitung'}. Sebaran predikat indikator: ${r.distribusiPredikat.map((d) => `${d.label} ${d.jumlah}`).join(', ')}.`,
    );
    expect(docx.media).toHaveLength(1);
    // the office IKU first (issue 11), then the summary per unit, then units and employees
    const heading = (title: string) =>
      docx.paragraphs.findIndex((x) => /^[A-Z]\. /.test(x) && x.endsWith(title));
    expect(heading('Kinerja Instansi: Indikator Kinerja Utama (IKU)')).toBeGreaterThan(0);
    expect(heading('Kinerja Instansi: Indikator Kinerja Utama (IKU)')).toBeLessThan(
      heading('Ringkasan per Unit Kerja'),
    );
    expect(heading('Ringkasan per Unit Kerja')).toBeLessThan(heading('Capaian per Unit Kerja dan Pegawai'));
  });

  it('marks figures of data not reported (¹) or not evaluated (²) on the figure itself, with a legend', async () => {
    const wb = new MemoryWorkbook(demoTables());
    // TW I done; TW II realisations entered; only Eko reports TW II, nobody evaluates it
    replayDemo(wb, Number.POSITIVE_INFINITY, (d) => !['TW2', 'TW3', 'TW4'].includes(d));
    // measuring (step 9) then reporting with evidence (step 10) are both the employee's "ajukan"
    for (const at of ['2026-07-02T09:00:00+07:00', '2026-07-03T09:00:00+07:00']) {
      expect(doAction(wb, email(DEMO_NIP.stafTu), 'ajukan', DEMO_NIP.stafTu, 'TW2', Date.parse(at)).ok).toBe(
        true,
      );
    }
    const m = modelOf(wb, 'TW2', Date.parse('2026-07-10T09:00:00+07:00'));
    const docx = await readDocx(await renderRekapDocx(m));
    const people = m.units.flatMap((u) => u.pegawai);
    const eko = people.find((p) => p.nip === DEMO_NIP.stafTu);
    const other = people.find((p) => p.nip === DEMO_NIP.stafKeuangan);
    expect(eko?.indikator.every((i) => i.tanda.join() === 'belumDievaluasi')).toBe(true);
    expect(other?.indikator.every((i) => i.tanda.join() === 'belumDilaporkan')).toBe(true);
    // s.d. TW II covers TW I (evaluated) and TW II: the same marks
    expect(eko?.indikator.every((i) => i.tandaSd.join() === 'belumDievaluasi')).toBe(true);
    const rows = indicatorRows(docx.tables);
    expect(rows).toEqual(allRows(m));
    const ekoFirst = eko?.indikator[0] as RekapIndikator;
    expect(rows).toContainEqual(expect.arrayContaining([`${num(ekoFirst.periode.realisasi)}²`]));
    expect(docx.paragraphs).toContain(
      `Tanda pada angka: ¹ ${t('tanda.belumDilaporkan')}; ² ${t('tanda.belumDievaluasi')}; ³ ${t('tanda.berubah')}.`,
    );
    expect(TANDA.map((x) => x.simbol)).toEqual(['¹', '²', '³']);
  });

  it('marks (³) the figures of a measurement changed after it was evaluated', async () => {
    const wb = new MemoryWorkbook(demoTables());
    replayDemo(wb);
    const sheet = wb.tabs.Pengukuran as unknown[][];
    const h = sheet[0] as unknown[];
    const row = sheet.find(
      (r) =>
        r[h.indexOf('NIP')] === DEMO_NIP.stafTu &&
        r[h.indexOf('Kode')] === 'IKI-1' &&
        r[h.indexOf('Triwulan')] === 'II',
    ) as unknown[];
    row[h.indexOf('Realisasi')] = 99;
    const m = modelOf(wb, 'TW2');
    const eko = m.units.flatMap((u) => u.pegawai).find((p) => p.nip === DEMO_NIP.stafTu);
    expect(eko?.indikator.map((i) => i.tanda)).toEqual([['berubah'], ['berubah']]);
    const rows = indicatorRows((await readDocx(await renderRekapDocx(m))).tables);
    expect(rows).toContainEqual(
      expect.arrayContaining(['99³', `${num(eko?.indikator[0]?.sdPeriode?.realisasi ?? null)}³`]),
    );
    const other = m.units.flatMap((u) => u.pegawai).find((p) => p.nip === DEMO_NIP.stafKeuangan);
    expect(other?.indikator.every((i) => i.tanda.length === 0)).toBe(true);
  });
});

describe('the annual report (SOP step 14): a draft in the LKjIP outline', () => {
  it('has the chapters, fills what the data can and marks the office’s own text', async () => {
    const wb = new MemoryWorkbook(demoTables());
    replayDemo(wb);
    const m = modelOf(wb, 'TAHUNAN');
    const docx = await readDocx(await renderRekapDocx(m));
    const text = docx.paragraphs.join('\n');
    for (const h of [
      'LAPORAN KINERJA INSTANSI PEMERINTAH',
      'KATA PENGANTAR',
      'IKHTISAR EKSEKUTIF',
      'BAB I\nPENDAHULUAN',
      '1.2 Gambaran Umum Organisasi',
      'BAB II\nPERENCANAAN KINERJA',
      '2.2 Perjanjian Kinerja Tahun 2026',
      'BAB III\nAKUNTABILITAS KINERJA',
      '3.1 Capaian Indikator Kinerja Utama (IKU)',
      '3.2 Tren Capaian Triwulan I–IV',
      '3.3 Perbandingan dengan Tahun Sebelumnya',
      '3.4 Capaian Kinerja per Unit Kerja',
      '3.5 Capaian per Pegawai dan Indikator',
      '3.6 Kendala, Arahan dan Tindak Lanjut per Triwulan',
      '3.7 Kepatuhan terhadap SOP Pengumpulan Data Kinerja',
      'BAB IV\nPENUTUP',
      'LAMPIRAN\nPERJANJIAN KINERJA YANG TELAH DITANDATANGANI',
    ]) {
      expect(docx.paragraphs).toContain(h);
    }
    expect(text).toContain('[Diisi oleh instansi: kata pengantar pimpinan instansi]');
    // charts: capaian per unit, the TW I-IV trend per unit, and one per unit head with a line per indicator
    const kepala = m.units
      .flatMap((u) => u.pegawai)
      .filter((p) => p.atasan?.nip === m.penandatangan.pimpinan?.nip);
    expect(kepala.map((p) => p.nip)).toEqual([DEMO_NIP.kabagUmum, DEMO_NIP.kabagSidang]);
    // ... and one per office IKU (the IKU's line and its supporting indicators' lines)
    const iku = m.iku.pimpinan?.indikator ?? [];
    expect(iku.map((i) => i.kode)).toEqual(['IKU-01', 'IKU-02']);
    expect(docx.media).toHaveLength(2 + kepala.length + iku.length);
    for (const i of iku) expect(docx.paragraphs).toContain(`${i.kode} ${i.indikator}`);
    for (const p of kepala) expect(docx.paragraphs).toContain(`${p.jabatan} — ${p.nama}`);
    // BAB I: every employee of Pegawai (but the head) with NIP and rank
    const sdm = docx.tables.filter((tb) => tb[0]?.join() === 'No,Nama,NIP,Jabatan,Pangkat/Golongan');
    expect(sdm.flatMap((tb) => tb.slice(1).map((r) => r[1]))).toEqual(
      m.units.flatMap((u) => u.pegawai.map((p) => p.nama)),
    );
  });

  it('gives per indicator the four quarters, the year against the target, and every quarter’s notes', async () => {
    const wb = new MemoryWorkbook(demoTables());
    replayDemo(wb);
    const m = modelOf(wb, 'TAHUNAN');
    const docx = await readDocx(await renderRekapDocx(m));
    const capaian = docx.tables
      .filter((tb) => tb[0]?.[0] === 'Pegawai' && tb[0]?.includes('Realisasi TW IV'))
      .flatMap((tb) => tb.slice(1));
    const expected = m.units.flatMap((u) =>
      u.pegawai.flatMap((p) =>
        p.indikator.map((i, n) => [
          n === 0 ? `${p.nama}\n${expect.any(String)}` : '',
          i.indikator,
          i.satuan,
          teksNilai(i.targetTahunan),
          ...i.perTriwulan.map((q) => q.huruf?.realisasi ?? num(q.realisasi)),
          i.periode.huruf?.realisasi ?? num(i.periode.realisasi),
          i.periode.capaian.status === 'terhitung' ? pct(i.periode) : expect.any(String),
          i.predikat ?? '-',
          i.perTriwulan
            .map(
              (q, n) => `${['I', 'II', 'III', 'IV'][n]}: ${q.capaian.status === 'terhitung' ? pct(q) : '-'}`,
            )
            .join('\n'),
        ]),
      ),
    );
    expect(capaian.map((r) => r.slice(1))).toEqual(expected.map((r) => r.slice(1)));
    // kendala, arahan and tindak lanjut of all four quarters (not only the last one)
    const notes = docx.tables
      .filter((tb) => tb[0]?.join() === 'Pegawai,Indikator,Triwulan,Kendala,Arahan Atasan,Tindak Lanjut')
      .flatMap((tb) => tb.slice(1));
    const sri = m.units.flatMap((u) => u.pegawai).find((p) => p.nip === DEMO_NIP.kabagUmum);
    const iku1 = sri?.indikator[0] as RekapIndikator;
    expect(iku1.kendala.map((k) => k.triwulan)).toEqual(['I', 'II']);
    for (const tw of ['I', 'II', 'III', 'IV'] as const) {
      expect(notes).toContainEqual([
        sri?.nama,
        iku1.indikator,
        `TW ${tw}`,
        iku1.kendala.find((k) => k.triwulan === tw)?.teks ?? '-',
        iku1.arahan.find((k) => k.triwulan === tw)?.teks ?? '-',
        iku1.tindakLanjut.find((k) => k.triwulan === tw)?.teks ?? '-',
      ]);
    }
    // BAB II: the PK targets; BAB III 3.1: capaian per unit
    const pk = docx.tables
      .filter((tb) => tb[0]?.join() === 'No,Pegawai,Sasaran,Indikator Kinerja,Satuan,Target')
      .flatMap((tb) => tb.slice(1).map((r) => r.slice(2)));
    expect(pk).toEqual(
      m.units.flatMap((u) =>
        u.pegawai.flatMap((p) =>
          p.indikator.map((i) => [
            i.sasaran,
            i.indikator,
            i.satuan,
            i.targetAtas !== null && i.polaritas === 'Rentang'
              ? `${teksNilai(i.targetTahunan)}–${formatPlain(i.targetAtas)}`
              : teksNilai(i.targetTahunan),
          ]),
        ),
      ),
    );
    const perUnit = docx.tables.find(
      (tb) => tb[0]?.join() === 'Unit Kerja,Pegawai,Indikator,Rata-rata Capaian,Predikat',
    );
    expect(perUnit?.slice(1)).toEqual(
      m.units.map((u) => [
        u.unitKerja,
        String(u.pegawai.length),
        String(u.pegawai.reduce((n, p) => n + p.indikator.length, 0)),
        u.rataRata ? formatPercent(u.rataRata) : '-',
        u.predikat ?? '-',
      ]),
    );
    // the signed PKs by their verification codes
    const lampiran = docx.tables
      .filter((tb) => tb[0]?.join() === 'Nama,NIP,Jabatan,Status PK,Kode Verifikasi')
      .flatMap((tb) => tb.slice(1));
    // the head of office's PK (with the regional head, carrying the IKU) first, then every employee's
    const head = m.iku.pimpinan as RekapPegawai;
    expect(lampiran.map((r) => [r[0], r[4]])).toEqual([
      [head.nama, head.kodeVerifikasiPk],
      ...m.units.flatMap((u) => u.pegawai.map((p) => [p.nama, p.kodeVerifikasiPk])),
    ]);
    expect(head.kodeVerifikasiPk).not.toBeNull();
    expect(m.units.flatMap((u) => u.pegawai).every((p) => p.kodeVerifikasiPk !== null)).toBe(true);
  });

  it('gives the office IKU: capaian against target, the TW I-IV trend, and the previous year from IKI', async () => {
    const wb = new MemoryWorkbook(demoTables());
    replayDemo(wb);
    // the office has not filled in last year's realisation of IKU-02
    const iki = wb.tabs.IKI as unknown[][];
    const h = iki[0] as unknown[];
    const row = iki.find((r) => r[h.indexOf('Kode')] === 'IKU-02') as unknown[];
    row[h.indexOf('Realisasi Tahun Lalu')] = '';
    const m = modelOf(wb, 'TAHUNAN');
    const iku = m.iku.pimpinan?.indikator as RekapIndikator[];
    const docx = await readDocx(await renderRekapDocx(m));
    // 3.1: realisation against target per IKU
    const capaianIku = docx.tables.find(
      (tb) =>
        tb[0]?.join() ===
        'No,Sasaran Strategis,Indikator Kinerja Utama,Satuan,Target Tahun,Realisasi Tahun,Capaian Tahun,Predikat',
    );
    expect(capaianIku?.slice(1)).toEqual(
      iku.map((i, n) => [
        String(n + 1),
        i.sasaran,
        `${i.kode} ${i.indikator}`,
        i.satuan,
        teksNilai(i.targetTahunan),
        num(i.periode.realisasi),
        pct(i.periode),
        i.predikat ?? '-',
      ]),
    );
    // 3.2: each IKU's capaian per quarter
    const tren = docx.tables.find(
      (tb) => tb[0]?.join() === 'No,Indikator Kinerja Utama,TW I,TW II,TW III,TW IV,Capaian Tahun',
    );
    expect(tren?.slice(1).map((r) => r.slice(2, 6))).toEqual(
      iku.map((i) => i.perTriwulan.map((q) => (q.capaian.status === 'terhitung' ? pct(q) : '-'))),
    );
    // 3.3: IKU-01 93,5 last year against 96 this year (Positif: better); IKU-02 blank: "-" and a note
    const banding = docx.tables.find(
      (tb) =>
        tb[0]?.join() ===
        'No,Indikator Kinerja Utama,Satuan,Target 2026,Realisasi 2025,Realisasi 2026,Selisih,Keterangan',
    );
    expect(banding?.slice(1).map((r) => r.slice(4))).toEqual([
      ['93,5', num(iku[0]?.periode.realisasi ?? null), '2,5', 'membaik'],
      ['-', num(iku[1]?.periode.realisasi ?? null), '-', '-'],
    ]);
    expect(num(iku[0]?.periode.realisasi ?? null)).toBe('96');
    expect(docx.paragraphs).toContain(
      '-: realisasi tahun 2025 untuk IKU-02 belum diisi di tab IKI, kolom Realisasi Tahun Lalu. Isi kolom itu untuk membandingkan.',
    );
    expect(iku[0]?.tahunLalu.arah).toBe('membaik');
    // the JSON form carries the comparison, the difference as an exact decimal string
    expect(rekapJson(m).iku.pimpinan?.indikator.map((i) => i.tahunLalu)).toEqual([
      { realisasiTahunLalu: 93.5, selisih: '2.5', arah: 'membaik' },
      { realisasiTahunLalu: null, selisih: null, arah: null },
    ]);
  });

  it('gives the IKU targets and the cascade down to the staff indicators in BAB II', async () => {
    const wb = new MemoryWorkbook(demoTables());
    replayDemo(wb);
    const m = modelOf(wb, 'TAHUNAN');
    const docx = await readDocx(await renderRekapDocx(m));
    const kaskade = docx.tables.find(
      (tb) => tb[0]?.join() === 'Indikator Kinerja Utama,Indikator Pendukung,Pegawai',
    );
    const first = m.pohon.akar[0];
    expect(first?.anak.length).toBeGreaterThan(0);
    expect(kaskade?.[1]).toEqual([
      `${first?.kode} ${first?.indikator}`,
      `› ${first?.anak[0]?.kode} ${first?.anak[0]?.indikator}`,
      `${first?.anak[0]?.nama} (${first?.anak[0]?.jabatan})`,
    ]);
    // every node below an IKU is listed once
    const count = (n: NonNullable<typeof first>): number => n.anak.reduce((a, c) => a + 1 + count(c), 0);
    expect(kaskade?.length).toBe(1 + m.pohon.akar.reduce((a, r) => a + count(r), 0));
  });
});

describe('the characters a recap prints', () => {
  it('are counted while the document is written exactly as reading the file counts them', async () => {
    const wb = new MemoryWorkbook(demoTables());
    replayDemo(wb);
    const base = modelOf(wb, 'TAHUNAN');
    // text that XML escapes (an entity counts one), a line break, a control character XML drops
    const odd = (s: string) => `${s} & <Ko> "Tim"\nBaris\u0007`;
    const m: ModelRekap = {
      ...base,
      units: base.units.map((u) => ({
        ...u,
        unitKerja: odd(u.unitKerja),
        pegawai: u.pegawai.map((e) => ({
          ...e,
          nama: odd(e.nama),
          indikator: e.indikator.map((i) => ({ ...i, indikator: odd(i.indikator) })),
        })),
      })),
    };
    for (const model of [m, { ...m, periode: 'TW2' as const }]) {
      const docx = await renderRekapDocx(model);
      const counted = charactersWritten.get(docx);
      expect(counted).toBeGreaterThan(1000);
      const zip = await JSZip.loadAsync(docx);
      const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
      expect(counted).toBe(textCharacters(xml));
      // and the pipeline uses the count (a copy of the bytes is read from the file: the same figure)
      expect(docxCharacters(docx)).toBe(counted);
      expect(docxCharacters(Buffer.from(docx))).toBe(counted);
    }
  });
});
