// What the quarterly report and the annual report share: figures with their marks, the legend of the
// marks, the tables of employees not reported and of SOP steps past their standard, the completeness notes,
// the signatures, and the document's sections (written by ooxml-doc.ts).
import {
  describeProblem,
  formatMenitKerja,
  formatNip,
  formatPercent,
  formatPlain,
  formatTanggal,
  formatWaktu,
  judulRekap,
  type KodeTanda,
  type Lang,
  labelKeadaan,
  type MessageKey,
  type ModelRekap,
  type NilaiPeriode,
  simbolTanda,
  TANDA,
  t,
  triwulanRomawi,
  twOf,
} from '../../shared';
import { utuh } from './layout';
import { type Bab, writeDocx } from './ooxml-doc';
import { type Blok, heading, p, signatures, table } from './ooxml-parts';
import type { RawImage } from './ooxml-table';

const MINUTES_PER_DAY = 510;

export type Isi = Blok[];

/** The catalogue in one language: every text of a document comes from it (shared/messages/catalog.ts). */
export type Teks = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;
export const teksDalam =
  (lang: Lang): Teks =>
  (key, params = {}) =>
    t(key, params, lang);

/** The document's title and its period's label in the document's language (`id`: the official title). */
export function judulDokumen(m: ModelRekap): string {
  const tx = teksDalam(m.bahasa);
  // a part of a split recap carries its units after the model's title (functions/recap/pipeline.ts)
  const base = judulRekap(m.periode, m.kantor.tahun, semester(m) ? 'Semester' : 'Triwulan');
  const bagian = m.judul.startsWith(base) ? m.judul.slice(base.length) : '';
  return `${
    m.periode === 'TAHUNAN'
      ? tx('doc.judul.tahunan', { tahun: m.kantor.tahun })
      : tx('doc.judul.triwulan', { periode: labelDokumen(m), tahun: m.kantor.tahun })
  }${bagian}`;
}

/** Measured per semester (Pengaturan Periode Pengukuran): the model's period reads `Semester I` / `II`. */
const semester = (m: ModelRekap): boolean => m.labelPeriode.startsWith('Semester');

export function labelDokumen(m: ModelRekap): string {
  const tx = teksDalam(m.bahasa);
  if (m.periode !== 'TAHUNAN' && semester(m))
    return tx('doc.periode.semester', { s: twOf(m.periode) <= 2 ? 'I' : 'II' });
  return m.periode === 'TAHUNAN'
    ? tx('doc.periode.tahun')
    : tx('doc.periode.triwulan', { tw: triwulanRomawi(twOf(m.periode)) });
}

/** A number of a period, `-` when absent. */
export const angka = (n: NilaiPeriode['target']): string => (n === null ? '-' : formatPlain(n));

/** A figure followed by the symbols of its marks: `63¹`. */
export const bertanda = (text: string, tanda: readonly KodeTanda[]): string =>
  text === '-' ? text : `${text}${simbolTanda(tanda)}`;

/** Capaian as printed: `105%`, `belum diisi`, `-`, with "(belum lengkap)" when quarters are missing. */
export function capaian(n: NilaiPeriode | null, lang: Lang = 'id'): string {
  if (!n) return '-';
  const c = n.capaian;
  if (c.status === 'terhitung') {
    // the grade of a qualitative indicator, and a zero target, are printed next to the percentage
    const tanda = [n.huruf?.realisasi ?? null, c.targetNol ? t('keadaan.targetNol', {}, lang) : null].filter(
      Boolean,
    );
    return `${formatPercent(c.nilai)}${tanda.length ? ` (${tanda.join(', ')})` : ''}${n.belumLengkap ? ` (${t('doc.belumLengkap', {}, lang)})` : ''}`;
  }
  if (c.status === 'belum diisi') return t('doc.belumDiisi', {}, lang);
  if (c.status === 'tidak diukur' || c.status === 'menunggu rilis')
    return labelKeadaan(c.status, lang) ?? '-';
  return t('doc.tidakDapatDihitung', { alasan: t(c.alasan, {}, lang) }, lang);
}

/** The legend of the marks printed on figures. */
export function legendaTanda(lang: Lang = 'id'): string {
  return t(
    'doc.legendaTanda',
    { tanda: TANDA.map((x) => `${x.simbol} ${t(x.teks, {}, lang)}`).join('; ') },
    lang,
  );
}

export function belumMelapor(m: ModelRekap, judul: string, total: number): Isi {
  const tx = teksDalam(m.bahasa);
  const rows = m.ringkasan.belumMelapor.map((o, i) => [
    String(i + 1),
    o.nama,
    utuh(formatNip(o.nip)),
    o.jabatan,
  ]);
  return [
    heading(judul, 2),
    rows.length
      ? table([tx('doc.kolom.no'), tx('doc.kolom.nama'), 'NIP', tx('doc.kolom.jabatan')], rows, {
          numeric: [0],
          total,
        })
      : p(tx('doc.semuaMelapor')),
  ];
}

export function terlambat(m: ModelRekap, judul: string, total: number): Isi {
  const tx = teksDalam(m.bahasa);
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
      ? table(
          [
            tx('doc.kolom.langkah'),
            tx('doc.kolom.kegiatan'),
            tx('doc.kolom.pegawai'),
            tx('doc.kolom.dokumen'),
            tx('doc.kolom.waktu'),
            tx('doc.kolom.durasi'),
            tx('doc.kolom.standar'),
          ],
          rows,
          { numeric: [0], total },
        )
      : p(tx('doc.tidakAdaTerlambat')),
  ];
}

export function kekurangan(m: ModelRekap, judul: string): Isi {
  if (m.kekurangan.length === 0) return [];
  return [heading(judul, 2), ...m.kekurangan.map((k, i) => p(`${i + 1}. ${describeProblem(k, m.bahasa)}`))];
}

export function tandaTangan(m: ModelRekap, total: number): Isi {
  const s = m.penandatangan;
  const tx = teksDalam(m.bahasa);
  return signatures(
    { title: `${tx('doc.mengetahui')}\n${s.pimpinan?.jabatan ?? tx('doc.pimpinan')}`, orang: s.pimpinan },
    { title: s.pengelola?.jabatan ?? tx('doc.pengelolaKinerja'), orang: s.pengelola },
    `${s.kota || '..........'}, ${formatTanggal(s.tanggal)}`,
    total,
  );
}

/**
 * A chart shown centred at `width` x `height` pixels, drawn when the document is written (ooxml-doc.ts) and
 * stored once per document however often it is shown.
 */
export function gambar(draw: () => Buffer, width: number, height: number): RawImage {
  return { png: draw, width, height };
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
export function susun(bagian: readonly Bagian[]): Bab[] {
  const out: { landscape: boolean; children: Isi }[] = [];
  let letter = 0;
  for (const b of bagian) {
    const judul = b.judul === null ? '' : `${String.fromCharCode(65 + letter++)}. ${b.judul}`;
    const isi = b.isi(judul);
    const last = out[out.length - 1];
    if (last && last.landscape === b.landscape) last.children.push(...isi);
    else out.push({ landscape: b.landscape, children: [...isi] });
  }
  return out;
}

/** The recap document: its title, the footer on every page, its sections. */
export function packRekap(m: ModelRekap, sections: readonly Bab[]): Promise<Buffer> {
  return writeDocx({ title: judulDokumen(m), footer: `${judulDokumen(m)} — ${m.kantor.nama}`, sections });
}
