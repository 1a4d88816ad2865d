// Checks of measurement patterns and qualitative values when the workbook is read (issue 16): Periode Ukur
// understood, Penerbit for Rilis, Pola Ukur consistent with Agregasi, and grades only where the indicator's
// Satuan names a scale (and then only that scale's grades). Each problem names its tab, row and column.
import type { Problem } from '../problems';
import type { Settings } from '../settings/settings';
import { rencanaAksiTab } from '../tabs/declarations';
import type { Row } from '../tabs/tab';
import { rankNilai, type SkalaNilai, skalaOf } from './ordinal';
import { parsePeriodeUkur, polaOf } from './pola';

interface IkiRow {
  readonly nip: string;
  readonly kode: string;
  readonly satuan: string;
  readonly polaritas: string;
  readonly agregasi: 'Kumulatif' | 'Nilai Akhir' | 'Jumlah' | 'Rata-rata';
  readonly target: number | string;
  readonly targetAtas: number | null;
  readonly polaUkur: 'Hitungan' | 'Posisi' | 'Rilis' | null;
  readonly periodeUkur: string | null;
  readonly penerbit: string | null;
}

interface RaRow {
  readonly nip: string;
  readonly kode: string;
  readonly targetTw1: number | string | null;
  readonly targetTw2: number | string | null;
  readonly targetTw3: number | string | null;
  readonly targetTw4: number | string | null;
}

interface UkurRow {
  readonly nip: string;
  readonly kode: string;
  readonly realisasi: number | string | null;
}

/** One value against its indicator: a grade on its scale, or a number where it has none. */
function cekNilai(
  settings: Settings,
  iki: IkiRow,
  value: number | string | null,
  tab: string,
  row: number,
  column: string,
  skalaDari: (iki: IkiRow) => SkalaNilai | null,
): Problem | null {
  if (value === null) return null;
  const skala = skalaDari(iki);
  if (!skala && typeof value === 'number') return null;
  const at = { tab, row, column, owner: iki.nip };
  if (skala) {
    if (typeof value === 'string' && rankNilai(skala.nilai, value) !== null) return null;
    return {
      ...at,
      key: 'nilai.bukanSkala',
      params: { nilai: String(value), skala: skala.nama, pilihan: skala.nilai.join(', ') },
    };
  }
  if (typeof value === 'number') return null;
  return {
    ...at,
    key: 'nilai.hurufTanpaSkala',
    params: {
      nilai: value,
      kode: iki.kode,
      satuan: iki.satuan,
      daftar: settings.skalaNilai.map((s) => s.nama).join(', '),
    },
  };
}

/** The Rencana Aksi target columns, TW I-IV, as the tab declares them. */
const TARGET_TW = (['targetTw1', 'targetTw2', 'targetTw3', 'targetTw4'] as const).map(
  (field) => rencanaAksiTab.columns[field].header,
);

export function masalahPolaNilai(
  settings: Settings,
  iki: readonly Row<IkiRow>[],
  ra: readonly Row<RaRow>[],
  pengukuran: readonly Row<UkurRow>[],
): Problem[] {
  const out: Problem[] = [];
  const byKey = new Map(iki.map((r) => [`${r.value.nip}|${r.value.kode}`, r.value]));
  // each Satuan's scale, looked up once (every target and realisation of every indicator is checked)
  const skalaSatuan = new Map<string, SkalaNilai | null>();
  const skalaDari = (ind: IkiRow): SkalaNilai | null => {
    let skala = skalaSatuan.get(ind.satuan);
    if (skala === undefined) {
      skala = skalaOf(settings.skalaNilai, ind.satuan);
      skalaSatuan.set(ind.satuan, skala);
    }
    return skala;
  };
  for (const { row, value: v } of iki) {
    const place = { tab: 'IKI', row, owner: v.nip };
    const pola = polaOf(v).pola;
    if (v.periodeUkur && parsePeriodeUkur(v.periodeUkur, pola) === null)
      out.push({
        ...place,
        key: 'iki.periodeUkur',
        column: 'Periode Ukur',
        params: { nilai: v.periodeUkur },
      });
    if (pola === 'Rilis' && !(v.penerbit ?? '').trim())
      out.push({ ...place, key: 'iki.rilisTanpaPenerbit', column: 'Penerbit', params: { kode: v.kode } });
    if (v.polaUkur && (v.polaUkur === 'Hitungan') !== (v.agregasi === 'Jumlah'))
      out.push({
        ...place,
        key: 'iki.polaAgregasi',
        column: 'Pola Ukur',
        params: { kode: v.kode, pola: v.polaUkur, agregasi: v.agregasi },
      });
    const skala = skalaDari(v);
    if (
      skala &&
      (v.polaritas !== 'Positif' ||
        v.agregasi === 'Jumlah' ||
        v.agregasi === 'Rata-rata' ||
        pola === 'Hitungan' ||
        v.targetAtas !== null)
    )
      out.push({
        ...place,
        key: 'iki.skalaPola',
        column: 'Satuan',
        params: { kode: v.kode, skala: skala.nama },
      });
    const p = cekNilai(settings, v, v.target, 'IKI', row, 'Target', skalaDari);
    if (p) out.push(p);
  }
  for (const { row, value: v } of ra) {
    const ind = byKey.get(`${v.nip}|${v.kode}`);
    if (!ind) continue; // reported as an unknown indicator
    const targets = [v.targetTw1, v.targetTw2, v.targetTw3, v.targetTw4];
    for (let i = 0; i < 4; i++) {
      const p = cekNilai(
        settings,
        ind,
        targets[i] ?? null,
        'Rencana Aksi',
        row,
        TARGET_TW[i] as string,
        skalaDari,
      );
      if (p) out.push(p);
    }
  }
  for (const { row, value: v } of pengukuran) {
    const ind = byKey.get(`${v.nip}|${v.kode}`);
    if (!ind) continue;
    const p = cekNilai(settings, ind, v.realisasi, 'Pengukuran', row, 'Realisasi', skalaDari);
    if (p) out.push(p);
  }
  return out;
}
