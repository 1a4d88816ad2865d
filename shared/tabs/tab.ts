// A tab declaration: its name, its columns (in the order set-up lays them out) and its unique key.
// Record types are derived from the declaration, so a tab is described in exactly one place.
import type { Column, ValueOf } from './column';

// biome-ignore lint/suspicious/noExplicitAny: a column of any value type
export type AnyColumn = Column<any, boolean>;

// biome-ignore lint/suspicious/noExplicitAny: the default stands for any tab (columns are invariant through `key`)
export interface TabSpec<C extends Record<string, AnyColumn> = any> {
  readonly name: string;
  readonly columns: C;
  /** Fields whose values identify a row; a repeated key is an error. */
  readonly key: readonly (keyof C & string)[];
  /** Only the add-on writes this tab (e.g. the Riwayat log): protected as a whole. */
  readonly systemOnly?: boolean;
}

export type RecordOf<T extends TabSpec> = { -readonly [K in keyof T['columns']]: ValueOf<T['columns'][K]> };

/** One parsed row and where it stands in the sheet (1-based, header is row 1). */
export interface Row<R> {
  readonly row: number;
  readonly value: R;
}

export function defineTab<const C extends Record<string, AnyColumn>>(spec: TabSpec<C>): TabSpec<C> {
  return spec;
}

export function headersOf(spec: TabSpec): string[] {
  return (Object.values(spec.columns) as AnyColumn[]).map((c) => c.header);
}

/** Header text as matched: case, surrounding and repeated spaces do not matter. */
export function normalizeHeader(header: unknown): string {
  return String(header ?? '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/**
 * Other names offices commonly give a declared column (by declared header). A sheet's column under one of
 * these is read and written as that column, so set-up never appends a duplicate of it.
 */
export const SINONIM_HEADER: Readonly<Record<string, readonly string[]>> = {
  NIP: ['NIP Baru', 'NIP Pegawai', 'Nomor Induk Pegawai', 'NIP 18 Digit'],
  Nama: ['Nama Pegawai', 'Nama Lengkap', 'Nama ASN'],
  Jabatan: ['Jabatan Struktural', 'Jabatan Fungsional', 'Nama Jabatan'],
  'Pangkat/Golongan': [
    'Pangkat / Golongan',
    'Pangkat',
    'Golongan',
    'Pangkat/Gol',
    'Gol/Ruang',
    'Golongan/Ruang',
  ],
  'Unit Kerja': ['Unit', 'Satuan Kerja', 'Bidang', 'Bagian', 'Sub Bagian'],
  Email: ['E-mail', 'Alamat Email', 'Alamat E-mail', 'Surel', 'Email Dinas'],
  'NIP Atasan': ['NIP Atasan Langsung', 'NIP Pejabat Penilai'],
  'Indikator Kinerja': ['Indikator', 'Indikator Kinerja Individu', 'IKI'],
  Sasaran: ['Sasaran Kinerja', 'Sasaran Strategis'],
  'Definisi Operasional': ['Definisi', 'Formula', 'Cara Perhitungan'],
  'Sumber Data': ['Sumber'],
  'Bukti Pendukung': ['Bukti', 'Link Bukti', 'Tautan Bukti', 'Bukti Dukung'],
  'Rencana Aksi': ['Rencana Kegiatan', 'Aksi'],
  Kendala: ['Hambatan', 'Kendala/Hambatan'],
};

/**
 * The declared header (normalised) each header cell stands for: the cell itself, or the declared header
 * it is a common name of when the declared one is not in the row (the first such cell only); other cells
 * keep their own text. Readers, writers and set-up all match columns through this.
 */
export function headerKeys(spec: TabSpec, header: readonly unknown[]): string[] {
  const declared = new Set(headersOf(spec).map(normalizeHeader));
  const present = new Set(header.map(normalizeHeader));
  const taken = new Set<string>();
  return header.map((h) => {
    const n = normalizeHeader(h);
    if (!n || declared.has(n)) return n;
    for (const d of headersOf(spec)) {
      const key = normalizeHeader(d);
      if (present.has(key) || taken.has(key)) continue;
      if ((SINONIM_HEADER[d] ?? []).some((x) => normalizeHeader(x) === n)) {
        taken.add(key);
        return key;
      }
    }
    return n;
  });
}

/**
 * The header row set-up should leave: the existing headers in their places (users may reorder, add or
 * hide columns) followed by every declared header that is missing (a column under a common other name,
 * e.g. "Nama Pegawai" for Nama, counts as present). Never moves or drops a column.
 */
/**
 * The columns set-up would append to an existing header (the declared ones no header or synonym names
 * yet): what it lists and asks about before changing an office's tab.
 */
export function kolomTambahan(spec: TabSpec, existing: readonly unknown[]): string[] {
  const have = new Set(headerKeys(spec, existing));
  return headersOf(spec).filter((h) => !have.has(normalizeHeader(h)));
}

export function upgradeHeader(spec: TabSpec, existing: readonly unknown[]): string[] {
  const have = new Set(headerKeys(spec, existing));
  const kept = existing.map((h) => String(h ?? ''));
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  return [...kept, ...headersOf(spec).filter((h) => !have.has(normalizeHeader(h)))];
}
