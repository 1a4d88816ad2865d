// The whole office workbook parsed in one pass: settings first (they set the locale and time zone),
// then every tab by its declaration, then the checks across tabs. All problems at once; never throws.
import { masalahPolaNilai } from '../capaian/check';
import { atasanTtdDari, periksaCascading } from '../cascade/check';
import { formatInstant } from '../locale/date';
import type { Cell } from '../locale/number';
import { bandingkanCermin } from '../log/mirror';
import { type AlurPemilik, putarUlang } from '../log/replay';
import { buildOrgTree, type OrgTree } from '../org/tree';
import type { Problem } from '../problems';
import { readSettings, type Settings } from '../settings/settings';
import type { ParseContext } from '../tabs/column';
import {
  anggaranPkTab,
  ikiTab,
  pegawaiTab,
  pengaturanTab,
  pengukuranTab,
  pkTab,
  rekapTab,
  rencanaAksiTab,
  riwayatTab,
} from '../tabs/declarations';
import { keyOf, readTab, type TabRead } from '../tabs/read';
import type { RecordOf, Row } from '../tabs/tab';
import { type IkiLengkap, lengkapiAgregasi } from './agregasi';

/** Raw values of each tab by name (header row first); a missing tab is `undefined`. */
export type Tables = Readonly<Record<string, readonly (readonly Cell[])[] | undefined>>;

/** An IKI row; Agregasi derived from Pola Ukur where blank (workbook/agregasi.ts). */
export type Iki = IkiLengkap;
export type RencanaAksi = RecordOf<typeof rencanaAksiTab>;
export type Pengukuran = RecordOf<typeof pengukuranTab>;
export type BarisPk = RecordOf<typeof pkTab>;
export type BarisRekap = RecordOf<typeof rekapTab>;
export type AnggaranPk = RecordOf<typeof anggaranPkTab>;
export type EntriRiwayat = RecordOf<typeof riwayatTab>;

export interface Kantor {
  readonly settings: Settings;
  readonly ctx: ParseContext;
  readonly org: OrgTree;
  readonly iki: readonly Row<Iki>[];
  readonly ra: readonly Row<RencanaAksi>[];
  readonly pengukuran: readonly Row<Pengukuran>[];
  readonly pk: readonly Row<BarisPk>[];
  readonly riwayat: readonly Row<EntriRiwayat>[];
  readonly rekap: readonly Row<BarisRekap>[];
  /** Program/kegiatan and budget rows of the PKs (optional tab: none when it is absent). */
  readonly anggaranPk: readonly Row<AnggaranPk>[];
  /** Each employee's year as the log replays it: the truth the PK tab's status columns mirror. */
  readonly alur: ReadonlyMap<string, AlurPemilik>;
  /** Riwayat rows that could not be read (they break the log's chain). */
  readonly riwayatTakTerbaca: number;
  /** Each tab as read (column positions, presence), for writers that update cells in place. */
  readonly reads: {
    readonly Pengaturan: TabRead<typeof pengaturanTab>;
    readonly Pegawai: TabRead<typeof pegawaiTab>;
    readonly IKI: TabRead<typeof ikiTab>;
    readonly PK: TabRead<typeof pkTab>;
    readonly 'Rencana Aksi': TabRead<typeof rencanaAksiTab>;
    readonly Pengukuran: TabRead<typeof pengukuranTab>;
    readonly Riwayat: TabRead<typeof riwayatTab>;
    readonly Rekap: TabRead<typeof rekapTab>;
    readonly 'Anggaran PK': TabRead<typeof anggaranPkTab>;
  };
  readonly problems: readonly Problem[];
}

export const TAB_NAMES = [
  'Pengaturan',
  'Pegawai',
  'IKI',
  'PK',
  'Rencana Aksi',
  'Pengukuran',
  'Riwayat',
  'Rekap',
  'Anggaran PK',
] as const;

/** Tabs an office may not have (set up before they existed): absent, they are read as empty. */
export const TAB_OPSIONAL: readonly string[] = ['Anggaran PK'];

export function parseKantor(tables: Tables): Kantor {
  const pengaturan = readTab(pengaturanTab, tables.Pengaturan);
  const { settings, problems: settingProblems } = readSettings(pengaturan.rows);
  const ctx: ParseContext = { locale: settings.lokal, offsetMinutes: settings.offsetMenit };
  const pegawai = readTab(pegawaiTab, tables.Pegawai, ctx);
  const { org, problems: orgProblems } = buildOrgTree(pegawai.rows, pegawai.problems);
  const ikiDibaca = readTab(ikiTab, tables.IKI, ctx);
  const ikiAgregasi = lengkapiAgregasi(ikiDibaca.rows);
  const iki = {
    ...ikiDibaca,
    rows: ikiAgregasi.rows,
    problems: [...ikiDibaca.problems, ...ikiAgregasi.problems],
  };
  const pk = readTab(pkTab, tables.PK, ctx);
  const ra = readTab(rencanaAksiTab, tables['Rencana Aksi'], ctx);
  const pengukuran = readTab(pengukuranTab, tables.Pengukuran, ctx);
  const riwayat = readTab(riwayatTab, tables.Riwayat, ctx);
  const rekap = readTab(rekapTab, tables.Rekap, ctx);
  const anggaranRead = readTab(anggaranPkTab, tables['Anggaran PK'], ctx);
  const anggaran = {
    ...anggaranRead,
    problems: anggaranRead.problems.filter((p) => p.key !== 'tab.tidakAda'),
  };

  const replay = putarUlang(riwayat.rows, settings.tahun);
  const cermin = bandingkanCermin(
    pk.rows.filter((r) => r.value.tahun === settings.tahun),
    replay.alur,
    (field, value) =>
      typeof value === 'number' && field.startsWith('ditandatangani')
        ? formatInstant(value, ctx.offsetMinutes)
        : String(value),
  );
  const riwayatTakTerbaca = new Set(riwayat.problems.flatMap((p) => (p.row === undefined ? [] : [p.row])))
    .size;

  const cross: Problem[] = [];
  // an IKI row with a bad cell still exists: rows of other tabs that refer to it are not orphans
  const ikiKeys = iki.keys;
  for (const { row, value } of iki.rows) {
    const place = { tab: 'IKI', row, owner: value.nip };
    if (!org.byNip.has(value.nip))
      cross.push({ ...place, key: 'iki.pegawaiTidakDikenal', column: 'NIP', params: { nip: value.nip } });
    if (
      value.polaritas === 'Rentang' &&
      (value.targetAtas === null || (typeof value.target === 'number' && value.targetAtas < value.target))
    ) {
      cross.push({ ...place, key: 'iki.rentangTanpaAtas', column: 'Target Atas' });
    }
    // capaian compares realisation with target on a scale from zero (R/T, (2T-R)/T): a negative target
    // would turn a better result into a lower capaian
    if (typeof value.target === 'number' && value.target < 0)
      cross.push({
        ...place,
        key: 'iki.targetNegatif',
        column: 'Target',
        params: { polaritas: value.polaritas },
      });
  }
  for (const { row, value } of anggaran.rows) {
    if (!org.byNip.has(value.nip))
      cross.push({
        key: 'anggaran.pegawaiTidakDikenal',
        tab: 'Anggaran PK',
        row,
        column: 'NIP',
        owner: value.nip,
        params: { nip: value.nip },
      });
  }
  cross.push(
    ...periksaCascading(
      org,
      iki.rows,
      settings.cascadingWajib,
      (nip, kode) => iki.keys.has(keyOf([nip, kode])),
      atasanTtdDari(replay.alur, riwayat.rows),
    ),
  );
  for (const [tab, rows, key] of [
    ['Rencana Aksi', ra.rows, 'ra.indikatorTidakDikenal'],
    ['Pengukuran', pengukuran.rows, 'ukur.indikatorTidakDikenal'],
  ] as const) {
    for (const { row, value } of rows as readonly Row<{ nip: string; kode: string }>[]) {
      if (!ikiKeys.has(keyOf([value.nip, value.kode]))) {
        cross.push({
          key,
          tab,
          row,
          column: 'Kode',
          owner: value.nip,
          params: { nip: value.nip, kode: value.kode },
        });
      }
    }
  }
  cross.push(...masalahPolaNilai(settings, iki.rows, ra.rows, pengukuran.rows));
  return {
    settings,
    ctx,
    org,
    iki: iki.rows,
    ra: ra.rows,
    pengukuran: pengukuran.rows,
    pk: pk.rows,
    riwayat: riwayat.rows,
    rekap: rekap.rows,
    anggaranPk: anggaran.rows,
    alur: replay.alur,
    riwayatTakTerbaca,
    reads: {
      Pengaturan: pengaturan,
      Pegawai: pegawai,
      IKI: ikiDibaca,
      PK: pk,
      'Rencana Aksi': ra,
      Pengukuran: pengukuran,
      Riwayat: riwayat,
      Rekap: rekap,
      'Anggaran PK': anggaran,
    },
    problems: [
      ...pengaturan.problems,
      ...settingProblems,
      ...pegawai.problems,
      ...orgProblems,
      ...iki.problems,
      ...pk.problems,
      ...ra.problems,
      ...pengukuran.problems,
      ...riwayat.problems,
      ...rekap.problems,
      ...anggaran.problems,
      ...cross,
      ...replay.problems,
      ...cermin,
    ],
  };
}
