// Qualitative (ordinal) targets: named scales of grades, lowest first, kept in Pengaturan (`Skala Nilai`).
// An indicator whose Satuan names a scale takes a grade as target and realisation. Capaian: a realisation
// at or above the target is 100%; below it, rank(R) / rank(T) x 100 (WDP against WTP: 3 / 4 = 75%).

export interface SkalaNilai {
  readonly nama: string;
  /** Grades, lowest first. */
  readonly nilai: readonly string[];
}

export const DEFAULT_SKALA_NILAI: readonly SkalaNilai[] = [
  { nama: 'Opini BPK', nilai: ['TMP', 'TW', 'WDP', 'WTP'] },
  { nama: 'Nilai SAKIP', nilai: ['D', 'C', 'CC', 'B', 'BB', 'A', 'AA'] },
  { nama: 'Akreditasi', nilai: ['C', 'B', 'A'] },
  { nama: 'Akreditasi Unggul', nilai: ['Baik', 'Baik Sekali', 'Unggul'] },
];

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** The text of the `Skala Nilai` setting: `Opini BPK: TMP < TW < WDP < WTP; Nilai SAKIP: D < C < ...`. */
export function formatSkalaNilai(skala: readonly SkalaNilai[]): string {
  return skala.map((s) => `${s.nama}: ${s.nilai.join(' < ')}`).join('; ');
}

/** Parse the `Skala Nilai` setting; null when malformed (a name, a colon, at least two distinct grades). */
export function parseSkalaNilai(text: string): SkalaNilai[] | null {
  const parts = text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length === 0) return null;
  const out: SkalaNilai[] = [];
  for (const part of parts) {
    const m = /^([^:<]+):(.+)$/.exec(part);
    if (!m) return null;
    const nama = (m[1] ?? '').trim();
    const nilai = (m[2] ?? '')
      .split('<')
      .map((g) => g.trim())
      .filter(Boolean);
    if (nama === '' || nilai.length < 2 || new Set(nilai.map(norm)).size !== nilai.length) return null;
    if (out.some((s) => norm(s.nama) === norm(nama))) return null;
    out.push({ nama, nilai });
  }
  return out;
}

/** The scale an indicator's Satuan names, or null for a numeric indicator. */
export function skalaOf(skala: readonly SkalaNilai[], satuan: string): SkalaNilai | null {
  return skala.find((s) => norm(s.nama) === norm(satuan)) ?? null;
}

/** 1-based rank of a grade on the scale (lowest = 1), case-insensitive; null when not on it. */
export function rankNilai(skala: readonly string[], grade: string): number | null {
  const i = skala.findIndex((g) => norm(g) === norm(grade));
  return i < 0 ? null : i + 1;
}

/** The grade as the scale spells it. */
export function ejaanNilai(skala: readonly string[], grade: string): string | null {
  const r = rankNilai(skala, grade);
  return r === null ? null : (skala[r - 1] as string);
}
