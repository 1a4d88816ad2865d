// The quarterly performance report (SOP step 13) rendered from the recap model: letterhead, title, the
// office IKU section (issue 11 adds it at the top), the summary per unit with the capaian chart, then
// per unit and employee the indicators with the quarter's target, realisation and capaian, the same s.d.
// the quarter, the annual target and the quarter's kendala, arahan and tindak lanjut; figures whose data is
// incomplete carry a mark (tanda.ts). Then who has not reported, SOP steps past their standard, what is
// missing, and the signatures. The annual report is annual-docx.ts.
import { AlignmentType, ImageRun, Paragraph, TextRun } from 'docx';
import {
  describeProblem,
  formatNip,
  formatPercent,
  formatPlain,
  type ModelRekap,
  type RekapIndikator,
  teksNilai,
} from '../../shared';
import { renderLaporanTahunan } from './annual-docx';
import { renderCapaianChart } from './chart';
import { LANDSCAPE_WIDTH, PORTRAIT_WIDTH } from './layout';
import { type Blocks, placeholder, type RawRow } from './ooxml-table';
import { heading, kop, p, table } from './parts';
import {
  angka,
  type Bagian,
  belumMelapor,
  bertanda,
  capaian,
  type Isi,
  kekurangan,
  legendaTanda,
  packRekap,
  susun,
  tandaTangan,
  terlambat,
} from './recap-parts';

export interface OpsiRender {
  /** The coat of arms (PNG or JPEG bytes) for the letterhead. */
  readonly lambang?: Uint8Array | null;
  /** Charts drawn already for this recap (see chart.ts `digambar`), shared by its whole and its parts. */
  readonly grafik?: Map<string, Buffer>;
}

const pct = (x: ModelRekap['ringkasan']['rataRataCapaian']) => (x ? formatPercent(x) : '-');

/**
 * The office's own performance first (issue 11): the head of office's IKU with the regional head, their
 * capaian and predikat, the IKU nothing below supports, and whose indicators the recap could not place.
 */
function ikuKantor(m: ModelRekap): Bagian[] {
  const isi = (judul: string): Isi => {
    const { pimpinan, kepalaDaerah, kosong } = m.iku;
    const out: Isi = [heading(judul, 2)];
    if (pimpinan) {
      const pk = kepalaDaerah
        ? ` Perjanjian Kinerja dengan ${kepalaDaerah.jabatan} (${kepalaDaerah.nama}).`
        : ' Kepala Daerah (PIHAK KEDUA) belum diisi di Pengaturan.';
      const nilai = pimpinan.rataRata
        ? ` Capaian IKU: ${formatPercent(pimpinan.rataRata)} (${pimpinan.predikat}).`
        : '';
      out.push(p(`${pimpinan.jabatan}: ${pimpinan.nama} (NIP ${formatNip(pimpinan.nip)}).${pk}${nilai}`));
    }
    if (kosong) out.push(p(describeProblem({ key: kosong })));
    if (pimpinan?.indikator.length)
      out.push(
        table(
          [
            'No',
            'Sasaran',
            'Indikator Kinerja Utama',
            'Satuan',
            'Target',
            'Realisasi',
            'Capaian',
            'Predikat',
          ],
          pimpinan.indikator.map((i, n) => [
            String(n + 1),
            i.sasaran,
            `${i.kode} ${i.indikator}`,
            i.satuan,
            i.periode.huruf?.target ?? angka(i.periode.target),
            i.periode.huruf?.realisasi ?? angka(i.periode.realisasi),
            capaian(i.periode),
            i.predikat ?? '-',
          ]),
          { numeric: [0, 4, 5, 6] },
        ),
      );
    for (const iku of m.pohon.ikuTanpaDukungan)
      out.push(p(`IKU ${iku.kode} (${iku.indikator}) belum didukung indikator bawahan mana pun.`));
    for (const d of m.dikecualikan)
      out.push(p(describeProblem({ key: d.alasan, params: { nip: d.nip, baris: d.baris.join(', ') } })));
    return out;
  };
  return [{ judul: 'Kinerja Instansi: Indikator Kinerja Utama (IKU)', landscape: false, isi }];
}

function ringkasan(m: ModelRekap, judul: string): Isi {
  const r = m.ringkasan;
  const rows = m.units.map((u) => [
    u.unitKerja,
    String(u.pegawai.length),
    String(u.pegawai.reduce((n, e) => n + e.indikator.length, 0)),
    String(u.pegawai.filter((e) => e.sudahMelapor).length),
    String(u.pegawai.filter((e) => e.sudahDievaluasi).length),
    pct(u.rataRata),
    pct(u.rataRataSd),
    u.predikat ?? '-',
  ]);
  return [
    heading(judul, 2),
    p(
      `Jumlah pegawai ${r.jumlahPegawai}, indikator ${r.jumlahIndikator}; capaian terhitung ${r.terhitung}, realisasi belum diisi ${r.belumDiisi}, tidak dapat dihitung ${r.tidakDapatDihitung}. Kelengkapan data ${formatPlain(r.kelengkapan, 2)}%. Rata-rata capaian indikator individu (bukan capaian instansi; lihat IKU) ${r.rataRataCapaian ? `${formatPercent(r.rataRataCapaian)} (${r.predikat})` : 'belum dapat dihitung'}. Sebaran predikat indikator: ${r.distribusiPredikat.map((d) => `${d.label} ${d.jumlah}`).join(', ')}.`,
    ),
    p(''),
    table(
      [
        'Unit Kerja',
        'Pegawai',
        'Indikator',
        'Sudah Melapor',
        'Sudah Dievaluasi',
        `Capaian ${m.labelPeriode}`,
        `Capaian s.d. ${m.labelPeriode}`,
        'Predikat',
      ],
      rows,
      { numeric: [1, 2, 3, 4, 5, 6], total: PORTRAIT_WIDTH },
    ),
    p(''),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new ImageRun({
          type: 'png',
          data: renderCapaianChart(m),
          transformation: { width: 580, height: 290 },
        }),
      ],
    }),
  ];
}

/** One line of an employee's states: PK, Rencana Aksi, the period's measurement, changes after signing. */
function statusLine(peg: ModelRekap['units'][number]['pegawai'][number]): string {
  const parts = [
    `PK: ${peg.berkas.PK}`,
    `Rencana Aksi: ${peg.berkas.RA}`,
    `Pengukuran: ${peg.statusPeriode}`,
  ];
  const changed = peg.berubahSetelahTtd.map((d) => `${d} BERUBAH SETELAH DITANDATANGANI`);
  return [...parts, ...changed].join(' | ');
}

/** The indicator table's header for a quarter (`TW II`). */
export function headerTriwulan(tw: string): string[] {
  return [
    'No',
    'Sasaran',
    'Indikator',
    'Satuan',
    'Target Tahun',
    `Target ${tw}`,
    `Realisasi ${tw}`,
    `Capaian ${tw}`,
    `Target s.d. ${tw}`,
    `Realisasi s.d. ${tw}`,
    `Capaian s.d. ${tw}`,
    'Predikat',
    'Bukti',
  ];
}

const note = (label: string, notes: RekapIndikator['kendala']) => `${label}: ${notes[0]?.teks ?? '-'}`;

/** One indicator: the figures row, then its kendala, arahan and tindak lanjut across the columns. */
export function barisTriwulan(i: RekapIndikator, n: number): RawRow[] {
  const sd = i.sdPeriode;
  const target =
    i.polaritas === 'Rentang' && i.targetAtas !== null
      ? `${teksNilai(i.targetTahunan)}–${formatPlain(i.targetAtas)}`
      : teksNilai(i.targetTahunan);
  return [
    [
      String(n),
      i.sasaran,
      i.indikator,
      i.satuan,
      target,
      i.periode.huruf?.target ?? angka(i.periode.target),
      bertanda(i.periode.huruf?.realisasi ?? angka(i.periode.realisasi), i.tanda),
      bertanda(capaian(i.periode), i.tanda),
      sd?.huruf?.target ?? angka(sd?.target ?? null),
      bertanda(sd?.huruf?.realisasi ?? angka(sd?.realisasi ?? null), i.tandaSd),
      bertanda(capaian(sd), i.tandaSd),
      i.predikat ?? '-',
      i.bukti.length ? { links: i.bukti.map((b) => ({ text: `TW ${b.triwulan}`, url: b.teks })) } : '-',
    ],
    {
      spans: [1, 4, 4, 4],
      cells: [
        '',
        note('Kendala', i.kendala),
        note('Arahan', i.arahan),
        note('Tindak lanjut', i.tindakLanjut),
      ],
    },
  ];
}

function perUnit(m: ModelRekap, raw: Blocks[], judul: string): Isi {
  const tw = m.labelPeriode.replace('Triwulan', 'TW');
  const out: Isi = [heading(judul, 2), p(legendaTanda(), { size: 16 })];
  for (const unit of m.units) {
    const mean = unit.rataRata ? ` — rata-rata ${formatPercent(unit.rataRata)} (${unit.predikat})` : '';
    out.push(heading(`${unit.unitKerja}${mean}`, 3));
    // the employees' blocks are written directly (see ooxml-table.ts): a placeholder marks the spot
    out.push(new Paragraph({ children: [new TextRun(placeholder(raw.length))] }));
    raw.push(() =>
      unit.pegawai.map((peg) => ({
        before: [
          {
            text: `${peg.nama} (NIP ${formatNip(peg.nip)}), ${peg.jabatan}${peg.rataRata ? ` — ${formatPercent(peg.rataRata)} (${[peg.predikat, peg.keteranganPredikat].filter(Boolean).join(', ')})` : ''}`,
            bold: true,
          },
          { text: statusLine(peg) },
        ],
        header: headerTriwulan(tw),
        total: LANDSCAPE_WIDTH,
        numeric: [0, 4, 5, 6, 7, 8, 9, 10],
        rows: peg.indikator.flatMap((i, n) => barisTriwulan(i, n + 1)),
      })),
    );
  }
  return out;
}

/** The recap as a .docx file (bytes): the quarterly report, or the annual LKjIP draft. */
export async function renderRekapDocx(m: ModelRekap, opsi: OpsiRender = {}): Promise<Buffer> {
  if (m.periode === 'TAHUNAN') return renderLaporanTahunan(m, opsi);
  const raw: Blocks[] = [];
  const L = LANDSCAPE_WIDTH;
  const sections = susun([
    {
      judul: null,
      landscape: false,
      isi: () => [
        ...kop(m.kantor.unit, m.kantor.nama, opsi.lambang ?? null),
        p(m.judul.toUpperCase(), { bold: true, align: AlignmentType.CENTER, size: 26 }),
        p(''),
      ],
    },
    ...ikuKantor(m),
    { judul: 'Ringkasan per Unit Kerja', landscape: false, isi: (j) => ringkasan(m, j) },
    { judul: 'Capaian per Unit Kerja dan Pegawai', landscape: true, isi: (j) => perUnit(m, raw, j) },
    { judul: 'Pegawai yang Belum Melaporkan', landscape: true, isi: (j) => belumMelapor(m, j, L) },
    { judul: 'Langkah SOP yang Melebihi Standar Waktu', landscape: true, isi: (j) => terlambat(m, j, L) },
    ...(m.kekurangan.length
      ? [{ judul: 'Catatan Kelengkapan', landscape: true, isi: (j: string) => kekurangan(m, j) }]
      : []),
    { judul: null, landscape: true, isi: () => tandaTangan(m, L) },
  ]);
  return packRekap(m, sections, raw);
}
