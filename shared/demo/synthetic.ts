// A synthetic office of any size (for benchmarks and size-independence tests): a head, one Kabag per ten
// employees, staff under them, one Pengelola Kinerja, `indikator` indicators each, a complete year.
import type { Sha256 } from '../hash/digest';
import type { Cell } from '../locale/number';
import { defaultSettingRows } from '../settings/settings';
import {
  type AGREGASI,
  ikiTab,
  POLARITAS,
  pegawaiTab,
  pengaturanTab,
  pengukuranTab,
  pkTab,
  rekapTab,
  rencanaAksiTab,
  riwayatTab,
} from '../tabs/declarations';
import type { RecordOf } from '../tabs/tab';
import { writeTab } from '../tabs/write';
import { parseKantor } from '../workbook/parse';
import { syntheticYear } from './synthetic-log';

/** A valid NIP for the i-th synthetic employee (unique for i < 1,000,000). */
export function syntheticNip(i: number): string {
  const birth = new Date(Date.UTC(1960, 0, 1 + (i % 15000)));
  const y = birth.getUTCFullYear();
  const m = String(birth.getUTCMonth() + 1).padStart(2, '0');
  const d = String(birth.getUTCDate()).padStart(2, '0');
  const serial = String(Math.floor(i / 15000) * 7 + (i % 997))
    .padStart(3, '0')
    .slice(-3);
  return `${y}${m}${d}${y + 25}${String((i % 12) + 1).padStart(2, '0')}${(i % 2) + 1}${serial}`;
}

/**
 * With `sha256`, the office has lived its whole year through the workflow (a chained log and its PK-tab
 * mirror); without, it stands at the start of the year (realisations typed, nothing submitted).
 */
export function syntheticTables(pegawai: number, indikator = 8, sha256?: Sha256): Record<string, Cell[][]> {
  const people: RecordOf<typeof pegawaiTab>[] = [];
  const headNip = syntheticNip(0);
  people.push({
    nip: headNip,
    nama: 'Kepala Kantor',
    jabatan: 'Kepala',
    pangkat: 'IV/c',
    unitKerja: 'Pimpinan',
    email: 'kepala@kantor.go.id',
    nipAtasan: null,
    peran: 'Pegawai',
    nipPenjabat: null,
    jenisPenjabat: null,
  });
  let kabag = headNip;
  for (let i = 1; i <= pegawai; i++) {
    const isKabag = (i - 1) % 10 === 0;
    const unit = `Bagian ${Math.floor((i - 1) / 10) + 1}`;
    const nip = syntheticNip(i);
    people.push({
      nip,
      nama: `Pegawai ${i}`,
      jabatan: isKabag ? `Kepala ${unit}` : 'Staf',
      pangkat: 'III/a',
      unitKerja: unit,
      email: `pegawai${i}@kantor.go.id`,
      nipAtasan: isKabag ? headNip : kabag,
      peran: i === 1 ? 'Pengelola Kinerja' : 'Pegawai',
      nipPenjabat: null,
      jenisPenjabat: null,
    });
    if (isKabag) kabag = nip;
  }
  const staff = people.slice(1);
  const iki = staff.flatMap((p, i) =>
    Array.from({ length: indikator }, (_, j) => {
      const polaritas = POLARITAS[(i + j) % 3] as (typeof POLARITAS)[number];
      return {
        nip: p.nip,
        kode: `IKI-${j + 1}`,
        sasaran: `Sasaran ${j + 1}`,
        indikator: `Indikator ${j + 1} pegawai ${i + 1}`,
        satuan: '%',
        polaritas,
        target: 80 + (j % 20),
        targetAtas: polaritas === 'Rentang' ? 100 : null,
        // quarterly targets equal the annual one, so only the aggregations that allow that
        agregasi: (['Nilai Akhir', 'Rata-rata'] as const)[(i + j) % 2] as (typeof AGREGASI)[number],
        definisi: null,
        sumberData: 'Laporan',
        kodeAtasan: null,
      };
    }),
  );
  const ra = iki.map((r) => ({
    nip: r.nip,
    kode: r.kode,
    rencanaAksi: 'Rencana aksi',
    targetTw1: r.target,
    targetTw2: r.target,
    targetTw3: r.target,
    targetTw4: r.target,
    alasan: null,
  }));
  const ukur = iki.flatMap((r, n) =>
    (['I', 'II', 'III', 'IV'] as const).map((tw, q) => ({
      nip: r.nip,
      kode: r.kode,
      triwulan: tw,
      realisasi: r.target - 10 + ((n * 7 + q * 3) % 25),
      bukti: `https://drive.google.com/file/d/${n}-${q}/view`,
      kendala: null,
      arahan: 'Pertahankan',
      tindakLanjut: 'Dilaksanakan',
    })),
  );
  const tables = {
    Pengaturan: writeTab(
      pengaturanTab,
      defaultSettingRows({ 'Nama Instansi': 'Kantor Sintetis', Kota: 'Nganjuk', Tahun: '2026' }),
    ),
    Pegawai: writeTab(pegawaiTab, people),
    IKI: writeTab(ikiTab, iki),
    PK: writeTab(pkTab, []),
    'Rencana Aksi': writeTab(rencanaAksiTab, ra),
    Pengukuran: writeTab(pengukuranTab, ukur),
    Riwayat: writeTab(riwayatTab, []),
    Rekap: writeTab(rekapTab, []),
  } as Record<string, Cell[][]>;
  if (!sha256) return tables;
  const { log, pk } = syntheticYear(parseKantor(tables), sha256, Date.parse('2026-01-05T08:00:00+07:00'));
  return { ...tables, PK: writeTab(pkTab, pk), Riwayat: writeTab(riwayatTab, log) };
}
