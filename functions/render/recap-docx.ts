// The quarterly performance report (SOP step 13) rendered from the recap model: letterhead, title, the
// office IKU section (issue 11 adds it at the top), the summary per unit with the capaian chart, then
// per unit and employee the indicators with the quarter's target, realisation and capaian, the same s.d.
// the quarter, the annual target and the quarter's kendala, arahan and tindak lanjut; figures whose data is
// incomplete carry a mark (tanda.ts). Then who has not reported, SOP steps past their standard, what is
// missing, and the signatures. The annual report is annual-docx.ts.
import {
  describeProblem,
  formatNip,
  formatPercent,
  formatPlain,
  type Lang,
  type ModelRekap,
  type RekapIndikator,
  type RekapPegawai,
  rincianDiBagian,
  teksNilai,
  triwulanRomawi,
  twOf,
} from '../../shared';
import { renderLaporanTahunan } from './annual-docx';
import { renderCapaianChart } from './chart';
import { LANDSCAPE_WIDTH, PORTRAIT_WIDTH } from './layout';
import { heading, kop, p, table } from './ooxml-parts';
import type { RawRow } from './ooxml-table';
import {
  angka,
  type Bagian,
  belumMelapor,
  bertanda,
  capaian,
  gambar,
  type Isi,
  judulDokumen,
  kekurangan,
  labelDokumen,
  legendaTanda,
  packRekap,
  susun,
  type Teks,
  tandaTangan,
  teksDalam,
  terlambat,
} from './recap-parts';

export interface OpsiRender {
  /** The coat of arms (PNG or JPEG bytes) for the letterhead. */
  readonly lambang?: Uint8Array | null;
  /** Charts drawn already for this recap (see chart.ts `digambar`), shared by its whole and its parts. */
  readonly grafik?: Map<string, Buffer>;
}

const pct = (x: ModelRekap['ringkasan']['rataRataCapaian']) => (x ? formatPercent(x) : '-');

/** `Eko Prasetyo (NIP ...), Jabatan — 105,00% (Sangat Baik)`: a person's line above their table. */
function barisOrang(peg: RekapPegawai): string {
  const nilai = peg.rataRata
    ? ` — ${formatPercent(peg.rataRata)} (${[peg.predikat, peg.keteranganPredikat].filter(Boolean).join(', ')})`
    : '';
  return `${peg.nama} (NIP ${formatNip(peg.nip)}), ${peg.jabatan}${nilai}`;
}

/**
 * The office's own performance first (issue 11): the head of office's IKU with the regional head, and per
 * IKU the same figures as every employee's indicator (the quarter, s.d. the quarter, the annual target, the
 * quarter's notes, the marks); then the IKU nothing below supports, and whose indicators the recap could not
 * place.
 */
export function ikuKantor(m: ModelRekap): Bagian[] {
  const tx = teksDalam(m.bahasa);
  const isi = (judul: string): Isi => {
    const { pimpinan, kosong } = m.iku;
    const out: Isi = [heading(judul, 2)];
    if (pimpinan) out.push(p(kalimatIku(m)));
    if (kosong) out.push(p(describeProblem({ key: kosong }, m.bahasa)));
    if (pimpinan?.indikator.length) {
      out.push(p(legendaTanda(m.bahasa), { size: 16 }));
      out.push(() => [
        {
          // the head is named in the sentence above: their documents' states only
          before: [{ text: statusLine(pimpinan, tx) }],
          header: headerTriwulan(labelTw(m), tx, tx('doc.kolom.iku')),
          total: LANDSCAPE_WIDTH,
          numeric: [0, 4, 5, 6, 7, 8, 9, 10],
          rows: pimpinan.indikator.flatMap((i, n) => barisTriwulan(i, n + 1, m.bahasa, true)),
        },
      ]);
    }
    for (const iku of m.pohon.ikuTanpaDukungan)
      out.push(p(tx('doc.iku.tanpaDukungan', { kode: iku.kode, indikator: iku.indikator })));
    for (const d of m.dikecualikan)
      out.push(
        p(describeProblem({ key: d.alasan, params: { nip: d.nip, baris: d.baris.join(', ') } }, m.bahasa)),
      );
    return out;
  };
  return [{ judul: tx('doc.bagian.iku'), landscape: true, isi }];
}

/** The head of office, the regional head of their PK, and the IKU's mean capaian: one sentence. */
export function kalimatIku(m: ModelRekap): string {
  const tx = teksDalam(m.bahasa);
  const { pimpinan, kepalaDaerah } = m.iku;
  if (!pimpinan) return '';
  const pk = kepalaDaerah
    ? tx('doc.iku.pk', { jabatan: kepalaDaerah.jabatan, nama: kepalaDaerah.nama })
    : tx('doc.iku.tanpaKepalaDaerah');
  const nilai = pimpinan.rataRata
    ? ` ${tx('doc.iku.capaian', { capaian: formatPercent(pimpinan.rataRata), predikat: pimpinan.predikat ?? '-' })}`
    : '';
  return `${pimpinan.jabatan}: ${pimpinan.nama} (NIP ${formatNip(pimpinan.nip)}). ${pk}${nilai}`;
}

function ringkasan(m: ModelRekap, judul: string): Isi {
  const tx = teksDalam(m.bahasa);
  const r = m.ringkasan;
  const periode = labelDokumen(m);
  const rows = m.units.map((u) => [
    u.unitKerja,
    String(u.jumlah.pegawai),
    String(u.jumlah.indikator),
    String(u.jumlah.sudahMelapor),
    String(u.jumlah.sudahDievaluasi),
    pct(u.rataRata),
    pct(u.rataRataSd),
    u.predikat ?? '-',
  ]);
  return [
    heading(judul, 2),
    p(
      tx('doc.ringkasan', {
        pegawai: r.jumlahPegawai,
        indikator: r.jumlahIndikator,
        terhitung: r.terhitung,
        belumDiisi: r.belumDiisi,
        tidakDapatDihitung: r.tidakDapatDihitung,
        kelengkapan: formatPlain(r.kelengkapan, 2),
        rataRata: r.rataRataCapaian
          ? `${formatPercent(r.rataRataCapaian)} (${r.predikat})`
          : tx('doc.belumDapatDihitung'),
        sebaran: r.distribusiPredikat.map((d) => `${d.label} ${d.jumlah}`).join(', '),
      }),
    ),
    p(''),
    table(
      [
        tx('doc.kolom.unitKerja'),
        tx('doc.kolom.pegawai'),
        tx('doc.kolom.indikator'),
        tx('doc.kolom.sudahMelapor'),
        tx('doc.kolom.sudahDievaluasi'),
        tx('doc.kolom.capaian', { periode }),
        tx('doc.kolom.capaianSd', { periode }),
        tx('doc.kolom.predikat'),
      ],
      rows,
      { numeric: [1, 2, 3, 4, 5, 6], total: PORTRAIT_WIDTH },
    ),
    p(''),
    gambar(() => renderCapaianChart(m), 580, 290),
  ];
}

/** One line of an employee's states: PK, Rencana Aksi, the period's measurement, changes after signing. */
function statusLine(peg: RekapPegawai, tx: Teks): string {
  const parts = [
    `PK: ${peg.berkas.PK}`,
    `${tx('doc.rencanaAksi')}: ${peg.berkas.RA}`,
    `${tx('doc.pengukuran')}: ${peg.statusPeriode}`,
  ];
  const changed = peg.berubahSetelahTtd.map((d) => tx('doc.berubahSetelahTtd', { dokumen: d }));
  return [...parts, ...changed].join(' | ');
}

/** `TW II`, the quarter's short label in the table headers. */
const labelTw = (m: ModelRekap) => `TW ${triwulanRomawi(twOf(m.periode))}`;

/** The indicator table's header for a quarter (`TW II`). */
export function headerTriwulan(tw: string, tx: Teks = teksDalam('id'), indikator?: string): string[] {
  return [
    tx('doc.kolom.no'),
    tx('doc.kolom.sasaran'),
    indikator ?? tx('doc.kolom.indikator'),
    tx('doc.kolom.satuan'),
    tx('doc.kolom.targetTahun'),
    tx('doc.kolom.target', { periode: tw }),
    tx('doc.kolom.realisasi', { periode: tw }),
    tx('doc.kolom.capaian', { periode: tw }),
    tx('doc.kolom.targetSd', { periode: tw }),
    tx('doc.kolom.realisasiSd', { periode: tw }),
    tx('doc.kolom.capaianSd', { periode: tw }),
    tx('doc.kolom.predikat'),
    tx('doc.kolom.bukti'),
  ];
}

/** An annual target as printed: `95`, `WTP`, `3–5` for a Rentang. */
export function targetTahun(i: RekapIndikator): string {
  return i.polaritas === 'Rentang' && i.targetAtas !== null
    ? `${teksNilai(i.targetTahunan)}–${formatPlain(i.targetAtas)}`
    : teksNilai(i.targetTahunan);
}

/** One indicator: the figures row, then its kendala, arahan and tindak lanjut across the columns. */
export function barisTriwulan(i: RekapIndikator, n: number, lang: Lang = 'id', kode = false): RawRow[] {
  const tx = teksDalam(lang);
  const sd = i.sdPeriode;
  const note = (
    key: 'doc.catatan.kendala' | 'doc.catatan.arahan' | 'doc.catatan.tindakLanjut',
    notes: RekapIndikator['kendala'],
  ) => `${tx(key)}: ${notes[0]?.teks ?? '-'}`;
  return [
    [
      String(n),
      i.sasaran,
      kode ? `${i.kode} ${i.indikator}` : i.indikator,
      i.satuan,
      targetTahun(i),
      i.periode.huruf?.target ?? angka(i.periode.target),
      bertanda(i.periode.huruf?.realisasi ?? angka(i.periode.realisasi), i.tanda),
      bertanda(capaian(i.periode, lang), i.tanda),
      sd?.huruf?.target ?? angka(sd?.target ?? null),
      bertanda(sd?.huruf?.realisasi ?? angka(sd?.realisasi ?? null), i.tandaSd),
      bertanda(capaian(sd, lang), i.tandaSd),
      i.predikat ?? '-',
      i.bukti.length ? { links: i.bukti.map((b) => ({ text: `TW ${b.triwulan}`, url: b.teks })) } : '-',
    ],
    {
      spans: [1, 4, 4, 4],
      cells: [
        '',
        note('doc.catatan.kendala', i.kendala),
        note('doc.catatan.arahan', i.arahan),
        note('doc.catatan.tindakLanjut', i.tindakLanjut),
      ],
    },
  ];
}

function perUnit(m: ModelRekap, judul: string): Isi {
  const tx = teksDalam(m.bahasa);
  // the summary of a split recap: each unit's mean is in its table, the employees are in the parts
  if (rincianDiBagian(m)) return [heading(judul, 2), p(tx('doc.bagian.rincianDiBagian'))];
  const out: Isi = [heading(judul, 2), p(legendaTanda(m.bahasa), { size: 16 })];
  for (const unit of m.units) {
    const mean = unit.rataRata
      ? ` — ${tx('doc.rataRata', { capaian: formatPercent(unit.rataRata), predikat: unit.predikat ?? '-' })}`
      : '';
    out.push(heading(`${unit.unitKerja}${mean}`, 3));
    // the employees' tables, each made when it is written (ooxml-table.ts)
    out.push(() =>
      unit.pegawai.map((peg) => ({
        before: [{ text: barisOrang(peg), bold: true }, { text: statusLine(peg, tx) }],
        header: headerTriwulan(labelTw(m), tx),
        total: LANDSCAPE_WIDTH,
        numeric: [0, 4, 5, 6, 7, 8, 9, 10],
        rows: peg.indikator.flatMap((i, n) => barisTriwulan(i, n + 1, m.bahasa)),
      })),
    );
  }
  return out;
}

/** The recap as a .docx file (bytes): the quarterly report, or the annual LKjIP draft. */
export async function renderRekapDocx(m: ModelRekap, opsi: OpsiRender = {}): Promise<Buffer> {
  if (m.periode === 'TAHUNAN') return renderLaporanTahunan(m, opsi);
  const L = LANDSCAPE_WIDTH;
  const tx = teksDalam(m.bahasa);
  const sections = susun([
    {
      judul: null,
      // landscape, as the IKU table that follows: the letterhead, the title and the IKU open page one
      landscape: true,
      isi: () => [
        ...kop(m.kantor.unit, m.kantor.nama, opsi.lambang ?? null, L),
        p(judulDokumen(m).toUpperCase(), { bold: true, align: 'center', size: 26 }),
        p(''),
      ],
    },
    ...ikuKantor(m),
    { judul: tx('doc.bagian.ringkasan'), landscape: false, isi: (j) => ringkasan(m, j) },
    { judul: tx('doc.bagian.perUnit'), landscape: true, isi: (j) => perUnit(m, j) },
    { judul: tx('doc.bagian.belumMelapor'), landscape: true, isi: (j) => belumMelapor(m, j, L) },
    { judul: tx('doc.bagian.terlambat'), landscape: true, isi: (j) => terlambat(m, j, L) },
    ...(m.kekurangan.length
      ? [{ judul: tx('doc.bagian.kelengkapan'), landscape: true, isi: (j: string) => kekurangan(m, j) }]
      : []),
    { judul: null, landscape: true, isi: () => tandaTangan(m, L) },
  ]);
  return packRekap(m, sections);
}
