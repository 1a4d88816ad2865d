// The annual report (SOP step 14) as a draft in the LKjIP outline of PermenPAN-RB 53/2014, which the
// Pengelola Kinerja completes: every part the workbook can fill is filled (the office, units and employees,
// the PK targets, capaian per indicator with the TW I-IV trend, per unit and per employee, kendala/arahan/
// tindak lanjut of every quarter, SOP compliance, the signed PKs by verification code); the narrative is
// the office's to write, in clearly marked places ([Diisi oleh instansi: ...]).
import { AlignmentType, ImageRun, PageBreak, Paragraph, TextRun } from 'docx';
import {
  formatNip,
  formatPercent,
  formatPlain,
  type ModelRekap,
  type RekapPegawai,
  roundHalfUp,
  teksNilai,
  trenCapaian,
} from '../../shared';
import { digambar, renderCapaianChart, renderTrenChart } from './chart';
import { LANDSCAPE_WIDTH, PORTRAIT_WIDTH, utuh } from './layout';
import { type Blocks, placeholder, type RawTable } from './ooxml-table';
import { heading, isian, kop, p, table } from './parts';
import type { OpsiRender } from './recap-docx';
import {
  angka,
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

const P = PORTRAIT_WIDTH;
const L = LANDSCAPE_WIDTH;
const pct = (x: RekapPegawai['rataRata']) => (x ? formatPercent(x) : '-');

/** A chapter title on a new page (after a section break, the page is new already). */
const bab = (judul: string, pageBreak = true): Paragraph[] => [
  ...(pageBreak ? [new Paragraph({ children: [new PageBreak()] })] : []),
  p(judul, { bold: true, align: AlignmentType.CENTER, size: 26, keepNext: true }),
  p(''),
];

/** A table of many rows written directly (ooxml-table.ts), one block per unit. */
function rawPerUnit(
  m: ModelRekap,
  raw: Blocks[],
  block: (u: ModelRekap['units'][number]) => RawTable | null,
): Paragraph {
  const at = placeholder(raw.length);
  // one unit's table at a time: a large office's rows are never all built at once
  raw.push(function* () {
    for (const u of m.units) {
      const t = block(u);
      if (t) yield t;
    }
  });
  return new Paragraph({ children: [new TextRun(at)] });
}

function sampul(m: ModelRekap, opsi: OpsiRender): Isi {
  return [
    ...kop(m.kantor.unit, m.kantor.nama, opsi.lambang ?? null),
    p(''),
    p('LAPORAN KINERJA INSTANSI PEMERINTAH', { bold: true, align: AlignmentType.CENTER, size: 32 }),
    p(`TAHUN ${m.kantor.tahun}`, { bold: true, align: AlignmentType.CENTER, size: 28 }),
    p(m.kantor.nama.toUpperCase(), { bold: true, align: AlignmentType.CENTER, size: 24 }),
    p(''),
    p(
      'KONSEP — disusun dari data Kinerja Sheets; bagian bertanda [Diisi oleh instansi] dilengkapi sebelum ditandatangani.',
      {
        align: AlignmentType.CENTER,
        color: 'C5221F',
      },
    ),
    ...bab('KATA PENGANTAR'),
    isian('kata pengantar pimpinan instansi'),
    ...bab('IKHTISAR EKSEKUTIF'),
    p(ikhtisar(m), { align: AlignmentType.JUSTIFIED }),
    p(''),
    isian('ringkasan keberhasilan, permasalahan dan langkah perbaikan'),
  ];
}

function ikhtisar(m: ModelRekap): string {
  const r = m.ringkasan;
  const rata = r.rataRataCapaian
    ? `rata-rata capaian kinerja ${formatPercent(r.rataRataCapaian)} dengan predikat ${r.predikat}`
    : 'rata-rata capaian kinerja belum dapat dihitung';
  const dist = r.distribusiPredikat.filter((d) => d.jumlah > 0).map((d) => `${d.jumlah} ${d.label}`);
  return `Pada tahun ${m.kantor.tahun}, ${m.kantor.nama} mengukur ${r.jumlahIndikator} indikator kinerja individu dari ${r.jumlahPegawai} pegawai, dengan ${rata}. Sebaran predikat indikator: ${dist.length ? dist.join(', ') : '-'}. Kelengkapan data ${formatPlain(r.kelengkapan, 2)}%.`;
}

function babI(m: ModelRekap, raw: Blocks[]): Isi {
  const s = m.penandatangan;
  const units = m.units.map((u) => [
    u.unitKerja,
    String(u.pegawai.length),
    String(u.pegawai.reduce((n, e) => n + e.indikator.length, 0)),
  ]);
  return [
    ...bab('BAB I\nPENDAHULUAN'),
    heading('1.1 Latar Belakang', 2),
    isian('dasar hukum, tugas pokok dan fungsi instansi, dan isu strategis'),
    heading('1.2 Gambaran Umum Organisasi', 2),
    p(
      `${m.kantor.nama}${m.kantor.unit ? `, ${m.kantor.unit}` : ''}${m.kantor.kota ? `, berkedudukan di ${m.kantor.kota}` : ''}, dipimpin oleh ${s.pimpinan ? `${s.pimpinan.nama} (${s.pimpinan.jabatan})` : '-'}, dengan ${m.units.length} unit kerja dan ${m.ringkasan.jumlahPegawai} pegawai yang memiliki Perjanjian Kinerja.`,
      { align: AlignmentType.JUSTIFIED },
    ),
    p(''),
    table(['Unit Kerja', 'Jumlah Pegawai', 'Jumlah Indikator'], units, { numeric: [1, 2], total: P }),
    heading('1.3 Sumber Daya Manusia', 2),
    rawPerUnit(m, raw, (u) => ({
      before: [{ text: u.unitKerja, bold: true }],
      header: ['No', 'Nama', 'NIP', 'Jabatan', 'Pangkat/Golongan'],
      rows: u.pegawai.map((e, i) => [
        String(i + 1),
        e.nama,
        utuh(formatNip(e.nip)),
        e.jabatan,
        e.pangkat ?? '-',
      ]),
      numeric: [0],
      total: P,
    })),
    heading('1.4 Sistematika Penyajian', 2),
    p(
      'BAB I Pendahuluan; BAB II Perencanaan Kinerja; BAB III Akuntabilitas Kinerja; BAB IV Penutup; Lampiran: Perjanjian Kinerja yang telah ditandatangani.',
    ),
  ];
}

function babII(m: ModelRekap, raw: Blocks[]): Isi {
  return [
    ...bab('BAB II\nPERENCANAAN KINERJA'),
    heading('2.1 Rencana Strategis', 2),
    isian('visi, misi, tujuan dan sasaran strategis dari Renstra'),
    heading(`2.2 Perjanjian Kinerja Tahun ${m.kantor.tahun}`, 2),
    p('Target kinerja yang diperjanjikan setiap pegawai dengan atasannya (tab IKI):', { keepNext: true }),
    rawPerUnit(m, raw, (u) => ({
      before: [{ text: u.unitKerja, bold: true }],
      header: ['No', 'Pegawai', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Target'],
      rows: u.pegawai.flatMap((e) =>
        e.indikator.map((i, n) => [
          String(n + 1),
          n === 0 ? e.nama : '',
          i.sasaran,
          i.indikator,
          i.satuan,
          i.polaritas === 'Rentang' && i.targetAtas !== null
            ? `${teksNilai(i.targetTahunan)}–${formatPlain(i.targetAtas)}`
            : teksNilai(i.targetTahunan),
        ]),
      ),
      numeric: [0, 5],
      total: P,
    })),
  ];
}

function gambar(png: Buffer, width: number, height: number): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new ImageRun({ type: 'png', data: png, transformation: { width, height } })],
  });
}

function trenChart(m: ModelRekap): Paragraph {
  const garis = trenCapaian(m.units, 'Rata-rata instansi').map((t) => ({
    label: t.label,
    nilai: t.nilai.map((v) => (v ? roundHalfUp(v, 2).toNumber() : null)),
  }));
  return gambar(renderTrenChart(`Tren Capaian TW I–IV Tahun ${m.kantor.tahun}`, garis), 720, 300);
}

const singkat = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The trend of each indicator of the unit heads (the people directly under the head of office: their
 * indicators are the units' key indicators, which the office IKU of issue 11 cascades to), one chart per
 * unit head with a line per indicator: as many charts as units, whatever the number of staff.
 */
function trenIndikator(m: ModelRekap, grafik: OpsiRender['grafik']): Paragraph[] {
  const head = m.penandatangan.pimpinan?.nip;
  const kepala = m.units.flatMap((u) => u.pegawai).filter((p) => p.atasan !== null && p.atasan.nip === head);
  return kepala.flatMap((p) => {
    if (p.indikator.length === 0) return [];
    const garis = p.indikator.map((i) => ({
      label: singkat(`${i.kode} ${i.indikator}`),
      nilai: i.perTriwulan.map((q) =>
        q.capaian.status === 'terhitung' ? roundHalfUp(q.capaian.nilai, 2).toNumber() : null,
      ),
    }));
    const judul = `Capaian per Triwulan: ${singkat(p.jabatan, 70)}`;
    const size = { width: 1200, height: 480 };
    return [
      heading(`${p.jabatan} — ${p.nama}`, 3),
      gambar(
        digambar(grafik, [judul, garis, size], () => renderTrenChart(judul, garis, size)),
        640,
        256,
      ),
    ];
  });
}

const HEADER_CAPAIAN = [
  'No',
  'Indikator',
  'Satuan',
  'Target Tahun',
  'Realisasi TW I',
  'Realisasi TW II',
  'Realisasi TW III',
  'Realisasi TW IV',
  'Realisasi Tahun',
  'Capaian Tahun',
  'Predikat',
  'Capaian per Triwulan',
];

function babIII(m: ModelRekap, raw: Blocks[], opsi: OpsiRender): Isi {
  const units = m.units.map((u) => [
    u.unitKerja,
    String(u.pegawai.length),
    String(u.pegawai.reduce((n, e) => n + e.indikator.length, 0)),
    pct(u.rataRata),
    u.predikat ?? '-',
  ]);
  return [
    ...bab('BAB III\nAKUNTABILITAS KINERJA', false),
    heading('3.1 Capaian Kinerja per Unit Kerja', 2),
    table(['Unit Kerja', 'Pegawai', 'Indikator', 'Rata-rata Capaian', 'Predikat'], units, {
      numeric: [1, 2, 3],
      total: L,
    }),
    p(''),
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
    heading('3.2 Tren Capaian Triwulan I–IV', 2),
    p(
      'Rata-rata capaian triwulan (realisasi triwulan terhadap target Rencana Aksi triwulan itu) per unit kerja:',
      { keepNext: true },
    ),
    trenChart(m),
    p('Capaian setiap indikator kepala unit kerja per triwulan:', { keepNext: true }),
    ...trenIndikator(m, opsi.grafik),
    heading('3.3 Capaian per Pegawai dan Indikator', 2),
    p(legendaTanda(), { size: 16 }),
    rawPerUnit(m, raw, (u) => ({
      before: [
        {
          text: `${u.unitKerja}${u.rataRata ? ` — rata-rata ${formatPercent(u.rataRata)} (${u.predikat})` : ''}`,
          bold: true,
        },
      ],
      header: ['Pegawai', ...HEADER_CAPAIAN.slice(1)],
      rows: u.pegawai.flatMap((e) =>
        e.indikator.map((i, n) => [
          n === 0 ? `${e.nama}\n${utuh(formatNip(e.nip))}` : '',
          i.indikator,
          i.satuan,
          teksNilai(i.targetTahunan),
          ...i.perTriwulan.map((q) => q.huruf?.realisasi ?? angka(q.realisasi)),
          bertanda(i.periode.huruf?.realisasi ?? angka(i.periode.realisasi), i.tanda),
          bertanda(capaian(i.periode), i.tanda),
          i.predikat ?? '-',
          // the trend, one quarter a line
          i.perTriwulan
            .map(
              (q, n) =>
                `${['I', 'II', 'III', 'IV'][n]}: ${q.capaian.status === 'terhitung' ? capaian(q) : '-'}`,
            )
            .join('\n'),
        ]),
      ),
      numeric: [3, 4, 5, 6, 7, 8, 9],
      total: L,
    })),
    heading('3.4 Perbandingan dengan Tahun Sebelumnya', 2),
    p(`Workbook tahun ${m.kantor.tahun} tidak memuat realisasi tahun sebelumnya.`),
    isian('perbandingan capaian dengan tahun sebelumnya dan dengan target jangka menengah'),
    heading('3.5 Kendala, Arahan dan Tindak Lanjut per Triwulan', 2),
    rawPerUnit(m, raw, (u) => {
      const rows = u.pegawai.flatMap((e) =>
        e.indikator.flatMap((i) =>
          (['I', 'II', 'III', 'IV'] as const).flatMap((tw) => {
            const of = (notes: typeof i.kendala) => notes.find((n) => n.triwulan === tw)?.teks ?? '';
            const k = of(i.kendala);
            const a = of(i.arahan);
            const t = of(i.tindakLanjut);
            return k || a || t ? [[e.nama, i.indikator, `TW ${tw}`, k || '-', a || '-', t || '-']] : [];
          }),
        ),
      );
      return rows.length
        ? {
            before: [{ text: u.unitKerja, bold: true }],
            header: ['Pegawai', 'Indikator', 'Triwulan', 'Kendala', 'Arahan Atasan', 'Tindak Lanjut'],
            rows,
            numeric: [],
            total: L,
          }
        : null;
    }),
    heading('3.6 Kepatuhan terhadap SOP Pengumpulan Data Kinerja', 2),
    p(kepatuhan(m)),
    ...porsi(m, L),
    ...belumMelapor(m, 'Pegawai yang Belum Melaporkan Seluruh Triwulan', L),
    ...terlambat(m, 'Langkah SOP yang Melebihi Standar Waktu', L),
    ...kekurangan(m, 'Catatan Kelengkapan Data'),
  ];
}

/** Where subordinates' portions of a cascaded count do not add up to the superior's target (issue 16). */
function porsi(m: ModelRekap, total: number): Isi {
  if (m.porsi.length === 0) return [];
  return [
    heading('3.7 Pembagian Target Indikator Hitungan', 2),
    table(
      ['No', 'Indikator Atasan', 'Target', 'Porsi Bawahan', 'Jumlah Porsi', 'Keadaan'],
      m.porsi.map((c, i) => [
        String(i + 1),
        `${c.kode} ${c.indikator} (${c.nama})`,
        `${formatPlain(c.target)} ${c.satuan}`,
        c.bawahan.map((b) => `${b.nama} ${b.kode}: ${formatPlain(b.target)}`).join('; '),
        formatPlain(c.jumlah),
        c.keadaan,
      ]),
      { numeric: [0, 4], total },
    ),
  ];
}

function kepatuhan(m: ModelRekap): string {
  const all = m.units.flatMap((u) => u.pegawai);
  const n = (f: (e: RekapPegawai) => boolean) => all.filter(f).length;
  return `Dari ${all.length} pegawai: PK ditandatangani ${n((e) => e.kodeVerifikasiPk !== null)}, Rencana Aksi diarsipkan ${n((e) => e.berkas.RA === 'Diarsipkan')}, pengukuran keempat triwulan dilaporkan ${n((e) => e.sudahMelapor)} dan dievaluasi ${n((e) => e.sudahDievaluasi)}; ${m.ringkasan.langkahTerlambat.length} langkah SOP melebihi standar waktu.`;
}

function babIV(m: ModelRekap): Isi {
  return [
    ...bab('BAB IV\nPENUTUP', false),
    p(ikhtisar(m), { align: AlignmentType.JUSTIFIED }),
    p(''),
    isian('simpulan, permasalahan yang dihadapi dan langkah perbaikan tahun berikutnya'),
  ];
}

function lampiran(m: ModelRekap, raw: Blocks[]): Isi {
  return [
    ...bab('LAMPIRAN\nPERJANJIAN KINERJA YANG TELAH DITANDATANGANI'),
    p('Dokumen Perjanjian Kinerja setiap pegawai dapat diperiksa dengan kode verifikasinya:', {
      keepNext: true,
    }),
    rawPerUnit(m, raw, (u) => ({
      before: [{ text: u.unitKerja, bold: true }],
      header: ['Nama', 'NIP', 'Jabatan', 'Status PK', 'Kode Verifikasi'],
      rows: u.pegawai.map((e) => [
        e.nama,
        utuh(formatNip(e.nip)),
        e.jabatan,
        e.berkas.PK,
        e.kodeVerifikasiPk ?? 'belum ditandatangani',
      ]),
      numeric: [],
      total: P,
    })),
  ];
}

/** The annual LKjIP draft as .docx bytes. */
export async function renderLaporanTahunan(m: ModelRekap, opsi: OpsiRender = {}): Promise<Buffer> {
  const raw: Blocks[] = [];
  const sections = susun([
    { judul: null, landscape: false, isi: () => [...sampul(m, opsi), ...babI(m, raw), ...babII(m, raw)] },
    { judul: null, landscape: true, isi: () => babIII(m, raw, opsi) },
    {
      judul: null,
      landscape: false,
      isi: () => [...babIV(m), ...tandaTangan(m, P), ...lampiran(m, raw)],
    },
  ]);
  return packRekap(m, sections, raw);
}
