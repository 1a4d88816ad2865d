// The recap document (SOP steps 13 and 14) rendered from the recap model with the `docx` library:
// letterhead, title, summary with the capaian chart, per-unit and per-employee tables (landscape), the
// employees not yet reported, the SOP steps past their standard, what is still missing, and the signatures.
import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  PageOrientation,
  Paragraph,
  type Table,
  TextRun,
} from 'docx';
import {
  type CatatanTriwulan,
  describeProblem,
  formatMenitKerja,
  formatNip,
  formatPercent,
  formatPlain,
  formatTanggal,
  formatWaktu,
  type ModelRekap,
  type NilaiPeriode,
  teksNilai,
} from '../../shared';
import { renderCapaianChart } from './chart';
import { type Blocks, fillBlocks, placeholder, TEXT_STYLE } from './ooxml-table';
import { FONT, kop, p, signatures, signer, table } from './parts';

const MINUTES_PER_DAY = 510;

const num = (n: NilaiPeriode['target']) => (n === null ? '-' : formatPlain(n));

function ringkasan(m: ModelRekap): (Paragraph | Table)[] {
  const r = m.ringkasan;
  const rata = r.rataRataCapaian
    ? `${formatPercent(r.rataRataCapaian)} (${r.predikat})`
    : 'belum dapat dihitung';
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      children: [new TextRun({ text: 'A. Ringkasan', font: FONT })],
    }),
    table(
      ['Uraian', 'Nilai'],
      [
        ['Jumlah pegawai', String(r.jumlahPegawai)],
        ['Jumlah indikator', String(r.jumlahIndikator)],
        ['Capaian terhitung', String(r.terhitung)],
        ['Realisasi belum diisi', String(r.belumDiisi)],
        ['Tidak dapat dihitung', String(r.tidakDapatDihitung)],
        ['Rata-rata capaian instansi', rata],
        ['Kelengkapan data', `${formatPlain(r.kelengkapan, 2)}%`],
        ...r.distribusiPredikat.map((d) => [`Indikator dengan predikat ${d.label}`, String(d.jumlah)]),
      ],
      [1],
    ),
    new Paragraph({ children: [] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new ImageRun({
          type: 'png',
          data: renderCapaianChart(m),
          transformation: { width: 600, height: 300 },
        }),
      ],
    }),
  ];
}

function statusLine(peg: ModelRekap['units'][number]['pegawai'][number]): string {
  const parts = [
    `PK: ${peg.berkas.PK}`,
    `Rencana Aksi: ${peg.berkas.RA}`,
    `Pengukuran: ${peg.statusPeriode}`,
  ];
  const changed = peg.berubahSetelahTtd.map((d) => `${d} BERUBAH SETELAH DITANDATANGANI`);
  return [...parts, ...changed].join(' | ');
}

function capaianCell(n: NilaiPeriode, teks: string): string {
  return n.belumLengkap && n.capaian.status === 'terhitung' ? `${teks} (belum lengkap)` : teks;
}

/** Landscape A4 with 1-inch margins holds 13,958 twips: No, Sasaran, Indikator, Satuan, Target, Realisasi,
 * Capaian, Predikat, Bukti, Kendala, Arahan, Tindak Lanjut, Status. */
const INDICATOR_HEADER = [
  'No',
  'Sasaran',
  'Indikator',
  'Satuan',
  'Target',
  'Realisasi',
  'Capaian',
  'Predikat',
  'Bukti',
  'Kendala',
  'Arahan',
  'Tindak Lanjut',
  'Status',
];
const INDICATOR_WIDTHS = [450, 1400, 1800, 800, 900, 900, 1000, 1000, 900, 1200, 1300, 1300, 1008];

/** The latest note of the period (for the year, the last quarter's, named). */
function latest(notes: readonly CatatanTriwulan[], tahunan: boolean): string {
  const last = notes[notes.length - 1];
  if (!last) return '-';
  return tahunan ? `TW ${last.triwulan}: ${last.teks}` : last.teks;
}

function perUnit(m: ModelRekap, raw: Blocks[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      children: [new TextRun({ text: 'B. Capaian per Unit Kerja dan Pegawai', font: FONT })],
    }),
  ];
  const tahunan = m.periode === 'TAHUNAN';
  for (const unit of m.units) {
    const mean = unit.rataRata ? ` — rata-rata ${formatPercent(unit.rataRata)} (${unit.predikat})` : '';
    out.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_3,
        children: [new TextRun({ text: `${unit.unitKerja}${mean}`, font: FONT })],
      }),
    );
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
        header: INDICATOR_HEADER,
        widths: INDICATOR_WIDTHS,
        numeric: [0, 4, 5, 6],
        rows: peg.indikator.map((i, n) => [
          String(n + 1),
          i.sasaran,
          i.indikator,
          i.satuan,
          i.polaritas === 'Rentang' && i.targetAtas !== null
            ? `${teksNilai(i.targetTahunan)}–${formatPlain(i.targetAtas)}`
            : (i.periode.huruf?.target ?? num(i.periode.target)),
          i.periode.huruf?.realisasi ?? num(i.periode.realisasi),
          capaianCell(i.periode, i.capaianTeks),
          i.predikat ?? '-',
          i.bukti.length ? { links: i.bukti.map((b) => ({ text: `TW ${b.triwulan}`, url: b.teks })) } : '-',
          latest(i.kendala, tahunan),
          latest(i.arahan, tahunan),
          latest(i.tindakLanjut, tahunan),
          peg.statusPeriode,
        ]),
      })),
    );
  }
  return out;
}

function belumMelapor(m: ModelRekap): (Paragraph | Table)[] {
  const rows = m.ringkasan.belumMelapor.map((o, i) => [String(i + 1), o.nama, formatNip(o.nip), o.jabatan]);
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      children: [new TextRun({ text: 'C. Pegawai yang Belum Melaporkan', font: FONT })],
    }),
    rows.length
      ? table(['No', 'Nama', 'NIP', 'Jabatan'], rows, [0])
      : p('Semua pegawai telah melaporkan pengukuran kinerja periode ini.'),
  ];
}

function terlambat(m: ModelRekap): (Paragraph | Table)[] {
  const rows = m.ringkasan.langkahTerlambat.map((l) => [
    String(l.langkah),
    l.kegiatan,
    `${l.nama} (${formatNip(l.nip)})`,
    l.dokumen,
    formatWaktu(l.waktu),
    formatMenitKerja(l.durasi, MINUTES_PER_DAY),
    formatMenitKerja(l.standar, MINUTES_PER_DAY),
  ]);
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      children: [new TextRun({ text: 'D. Langkah SOP yang Melebihi Standar Waktu', font: FONT })],
    }),
    rows.length
      ? table(
          ['Langkah', 'Kegiatan', 'Pegawai', 'Dokumen', 'Waktu', 'Durasi (jam kerja)', 'Standar'],
          rows,
          [0],
        )
      : p('Tidak ada langkah yang melebihi standar waktu.'),
  ];
}

/** The annual cascade's portions (issue 16): a warning where the subordinates' targets do not add up. */
function porsi(m: ModelRekap): (Paragraph | Table)[] {
  if (m.periode !== 'TAHUNAN' || m.porsi.length === 0) return [];
  const rows = m.porsi.map((c, i) => [
    String(i + 1),
    `${c.kode} ${c.indikator} (${c.nama})`,
    `${formatPlain(c.target)} ${c.satuan}`,
    c.bawahan.map((b) => `${b.nama} ${b.kode}: ${formatPlain(b.target)}`).join('; '),
    formatPlain(c.jumlah),
    c.keadaan,
  ]);
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      children: [new TextRun({ text: 'Pembagian Target Indikator Hitungan', font: FONT })],
    }),
    table(['No', 'Indikator Atasan', 'Target', 'Porsi Bawahan', 'Jumlah Porsi', 'Keadaan'], rows, [0, 4]),
  ];
}

function kekurangan(m: ModelRekap): Paragraph[] {
  if (m.kekurangan.length === 0) return [];
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      children: [new TextRun({ text: 'E. Catatan Kelengkapan', font: FONT })],
    }),
    ...m.kekurangan.map((k, i) => p(`${i + 1}. ${describeProblem(k)}`)),
  ];
}

function tandaTangan(m: ModelRekap): (Paragraph | Table)[] {
  const s = m.penandatangan;
  return signatures(
    signer(`Mengetahui,\n${s.pimpinan?.jabatan ?? 'Pimpinan'}`, s.pimpinan),
    signer(`${s.pengelola?.jabatan ?? 'Pengelola Kinerja'}`, s.pengelola),
    `${s.kota || '..........'}, ${formatTanggal(s.tanggal)}`,
  );
}

/** The recap as a .docx file (bytes). */
export async function renderRekapDocx(m: ModelRekap): Promise<Buffer> {
  const raw: Blocks[] = [];
  const doc = new Document({
    creator: 'Kinerja Sheets',
    title: m.judul,
    styles: {
      // the document default is the table text (8 pt, no spacing), so the many cells written directly
      // need no style of their own; every other paragraph sets its size (see parts.ts)
      default: {
        document: { run: { font: FONT, size: 16 }, paragraph: { spacing: { before: 0, after: 0 } } },
      },
      paragraphStyles: [{ id: TEXT_STYLE, name: 'Kinerja Teks', run: { font: FONT, size: 20 } }],
    },
    sections: [
      {
        children: [
          ...kop(m.kantor.unit, m.kantor.nama),
          p(m.judul.toUpperCase(), { bold: true, align: AlignmentType.CENTER, size: 26 }),
          new Paragraph({ children: [] }),
          ...ringkasan(m),
        ],
      },
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          ...perUnit(m, raw),
          ...belumMelapor(m),
          ...terlambat(m),
          ...porsi(m),
          ...kekurangan(m),
          ...tandaTangan(m),
        ],
      },
    ],
  });
  return fillBlocks(await Packer.toBuffer(doc), raw);
}
