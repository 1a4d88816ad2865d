// What the quarterly report and the annual report share: figures with their marks, the legend of the
// marks, the tables of employees not reported and of SOP steps past their standard, the completeness notes,
// the signatures, and the document shell (styles, sections, the raw per-employee blocks).
import {
  AlignmentType,
  Document,
  Footer,
  type ISectionOptions,
  Packer,
  PageOrientation,
  type Paragraph,
  type Table,
} from 'docx';
import {
  describeProblem,
  formatMenitKerja,
  formatNip,
  formatPercent,
  formatPlain,
  formatTanggal,
  formatWaktu,
  type KodeTanda,
  labelKeadaan,
  type ModelRekap,
  type NilaiPeriode,
  simbolTanda,
  TANDA,
  t,
} from '../../shared';
import { utuh } from './layout';
import { type Blocks, fillBlocks, TEXT_STYLE } from './ooxml-table';
import { FONT, heading, p, signatures, table } from './parts';

const MINUTES_PER_DAY = 510;

export type Isi = (Paragraph | Table)[];

/** A number of a period, `-` when absent. */
export const angka = (n: NilaiPeriode['target']): string => (n === null ? '-' : formatPlain(n));

/** A figure followed by the symbols of its marks: `63¹`. */
export const bertanda = (text: string, tanda: readonly KodeTanda[]): string =>
  text === '-' ? text : `${text}${simbolTanda(tanda)}`;

/** Capaian as printed: `105%`, `belum diisi`, `-`, with "(belum lengkap)" when quarters are missing. */
export function capaian(n: NilaiPeriode | null): string {
  if (!n) return '-';
  const c = n.capaian;
  if (c.status === 'terhitung') {
    // the grade of a qualitative indicator, and a zero target, are printed next to the percentage
    const tanda = [n.huruf?.realisasi ?? null, c.targetNol ? t('keadaan.targetNol') : null].filter(Boolean);
    return `${formatPercent(c.nilai)}${tanda.length ? ` (${tanda.join(', ')})` : ''}${n.belumLengkap ? ' (belum lengkap)' : ''}`;
  }
  if (c.status === 'belum diisi') return 'belum diisi';
  if (c.status === 'tidak diukur' || c.status === 'menunggu rilis') return labelKeadaan(c.status) ?? '-';
  return `tidak dapat dihitung (${t(c.alasan)})`;
}

/** The legend of the marks printed on figures. */
export function legendaTanda(): string {
  return `Tanda pada angka: ${TANDA.map((x) => `${x.simbol} ${t(x.teks)}`).join('; ')}.`;
}

export function belumMelapor(m: ModelRekap, judul: string, total: number): Isi {
  const rows = m.ringkasan.belumMelapor.map((o, i) => [
    String(i + 1),
    o.nama,
    utuh(formatNip(o.nip)),
    o.jabatan,
  ]);
  return [
    heading(judul, 2),
    rows.length
      ? table(['No', 'Nama', 'NIP', 'Jabatan'], rows, { numeric: [0], total })
      : p('Semua pegawai telah melaporkan pengukuran kinerja periode ini.'),
  ];
}

export function terlambat(m: ModelRekap, judul: string, total: number): Isi {
  const rows = m.ringkasan.langkahTerlambat.map((l) => [
    String(l.langkah),
    l.kegiatan,
    `${l.nama} (${utuh(formatNip(l.nip))})`,
    l.dokumen,
    formatWaktu(l.waktu),
    formatMenitKerja(l.durasi, MINUTES_PER_DAY),
    formatMenitKerja(l.standar, MINUTES_PER_DAY),
  ]);
  return [
    heading(judul, 2),
    rows.length
      ? table(['Langkah', 'Kegiatan', 'Pegawai', 'Dokumen', 'Waktu', 'Durasi (jam kerja)', 'Standar'], rows, {
          numeric: [0],
          total,
        })
      : p('Tidak ada langkah yang melebihi standar waktu.'),
  ];
}

export function kekurangan(m: ModelRekap, judul: string): Isi {
  if (m.kekurangan.length === 0) return [];
  return [heading(judul, 2), ...m.kekurangan.map((k, i) => p(`${i + 1}. ${describeProblem(k)}`))];
}

export function tandaTangan(m: ModelRekap, total: number): Isi {
  const s = m.penandatangan;
  return signatures(
    { title: `Mengetahui,\n${s.pimpinan?.jabatan ?? 'Pimpinan'}`, orang: s.pimpinan },
    { title: s.pengelola?.jabatan ?? 'Pengelola Kinerja', orang: s.pengelola },
    `${s.kota || '..........'}, ${formatTanggal(s.tanggal)}`,
    total,
  );
}

/** A part of a report: lettered (A., B., ...) when it has a title; portrait or landscape. */
export interface Bagian {
  readonly judul: string | null;
  readonly landscape: boolean;
  readonly isi: (judul: string) => Isi;
}

/**
 * The parts in order as document sections: titled parts lettered A., B., ... (a part added later renumbers
 * the rest by itself), consecutive parts of the same orientation in one section.
 */
export function susun(bagian: readonly Bagian[]): ISectionOptions[] {
  const out: { landscape: boolean; children: Isi }[] = [];
  let letter = 0;
  for (const b of bagian) {
    const judul = b.judul === null ? '' : `${String.fromCharCode(65 + letter++)}. ${b.judul}`;
    const isi = b.isi(judul);
    const last = out[out.length - 1];
    if (last && last.landscape === b.landscape) last.children.push(...isi);
    else out.push({ landscape: b.landscape, children: [...isi] });
  }
  return out.map((s) => ({
    ...(s.landscape ? { properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } } } : {}),
    children: s.children,
  }));
}

/** The recap document: shared styles (8 pt table text, 10 pt paragraphs) and the raw blocks filled in. */
export async function packRekap(
  m: ModelRekap,
  sections: ISectionOptions[],
  raw: readonly Blocks[],
): Promise<Buffer> {
  const footer = new Footer({
    children: [p(`${m.judul} — ${m.kantor.nama}`, { size: 14, align: AlignmentType.CENTER })],
  });
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
    sections: sections.map((s) => ({ ...s, footers: { default: footer } })),
  });
  return fillBlocks(await Packer.toBuffer(doc), raw);
}
