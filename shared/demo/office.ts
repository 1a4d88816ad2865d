// The demo office: Sekretariat DPRD Kabupaten Nganjuk with the three levels of the SOP (Sekwan; Kabag;
// Kasubag, including the Kasubag TU dan Kepegawaian as Pengelola Kinerja; Staf), indicators covering every
// Polaritas and Agregasi, and a year of realisations with evidence links. Used by `kinerja demo` and tests.
import { polaOf, realisasiDiharapkan } from '../capaian/pola';
import { defaultSettingRows } from '../settings/settings';
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
import type { RecordOf } from '../tabs/tab';
import type { TAB_NAMES } from '../workbook/parse';

type TabName = (typeof TAB_NAMES)[number];

import { writeTab } from '../tabs/write';

type Pegawai = RecordOf<typeof pegawaiTab>;
type Iki = RecordOf<typeof ikiTab>;

export const DEMO_NIP = {
  sekwan: '196805121993031004',
  kabagUmum: '197203151998032005',
  kabagSidang: '197507222001121003',
  kasubagTu: '198001102005012008',
  kasubagKeuangan: '198204172006041002',
  kasubagRapat: '198309092009022003',
  stafTu: '199001012015031001',
  stafKeuangan: '199205052019022001',
} as const;

const p = (
  nip: string,
  nama: string,
  jabatan: string,
  pangkat: string,
  unitKerja: string,
  email: string,
  nipAtasan: string | null,
  peran: Pegawai['peran'] = 'Pegawai',
  penjabat: Pick<Pegawai, 'nipPenjabat' | 'jenisPenjabat'> = { nipPenjabat: null, jenisPenjabat: null },
): Pegawai => ({ nip, nama, jabatan, pangkat, unitKerja, email, nipAtasan, peran, ...penjabat });

export const DEMO_PEGAWAI: readonly Pegawai[] = [
  p(
    DEMO_NIP.sekwan,
    'Drs. Bambang Sutrisno, M.Si.',
    'Sekretaris DPRD',
    'Pembina Utama Muda (IV/c)',
    'Sekretariat DPRD',
    'sekwan@nganjukkab.go.id',
    null,
  ),
  p(
    DEMO_NIP.kabagUmum,
    'Sri Wahyuni, S.E., M.M.',
    'Kepala Bagian Umum dan Keuangan',
    'Pembina (IV/a)',
    'Bagian Umum dan Keuangan',
    'kabag.umum@nganjukkab.go.id',
    DEMO_NIP.sekwan,
  ),
  p(
    DEMO_NIP.kabagSidang,
    'Agus Salim, S.H.',
    'Kepala Bagian Persidangan dan Perundang-undangan',
    'Pembina (IV/a)',
    'Bagian Persidangan dan Perundang-undangan',
    'kabag.sidang@nganjukkab.go.id',
    DEMO_NIP.sekwan,
    'Pegawai',
    { nipPenjabat: DEMO_NIP.kabagUmum, jenisPenjabat: 'Plh' },
  ),
  p(
    DEMO_NIP.kasubagTu,
    'Dwi Rahmawati, S.Sos.',
    'Kepala Sub Bagian Tata Usaha dan Kepegawaian',
    'Penata Tingkat I (III/d)',
    'Bagian Umum dan Keuangan',
    'tu.kepegawaian@nganjukkab.go.id',
    DEMO_NIP.kabagUmum,
    'Pengelola Kinerja',
  ),
  p(
    DEMO_NIP.kasubagKeuangan,
    'Hendra Gunawan, S.E.',
    'Kepala Sub Bagian Keuangan',
    'Penata Tingkat I (III/d)',
    'Bagian Umum dan Keuangan',
    'keuangan@nganjukkab.go.id',
    DEMO_NIP.kabagUmum,
  ),
  p(
    DEMO_NIP.kasubagRapat,
    'Rina Kartika, S.H.',
    'Kepala Sub Bagian Rapat dan Risalah',
    'Penata (III/c)',
    'Bagian Persidangan dan Perundang-undangan',
    'rapat@nganjukkab.go.id',
    DEMO_NIP.kabagSidang,
  ),
  p(
    DEMO_NIP.stafTu,
    'Eko Prasetyo',
    'Pengelola Data Kepegawaian',
    'Penata Muda (III/a)',
    'Bagian Umum dan Keuangan',
    'eko.prasetyo@nganjukkab.go.id',
    DEMO_NIP.kasubagTu,
  ),
  p(
    DEMO_NIP.stafKeuangan,
    'Fitri Handayani, A.Md.',
    'Bendahara Pengeluaran Pembantu',
    'Pengatur Tingkat I (II/d)',
    'Bagian Umum dan Keuangan',
    'fitri.handayani@nganjukkab.go.id',
    DEMO_NIP.kasubagKeuangan,
  ),
];

type NilaiDemo = number | string | null;

interface IndikatorDemo {
  iki: Omit<
    Iki,
    | 'definisi'
    | 'sumberData'
    | 'kodeAtasan'
    | 'targetAtas'
    | 'polaUkur'
    | 'periodeUkur'
    | 'penerbit'
    | 'realisasiTahunLalu'
  > &
    Partial<Iki>;
  rencanaAksi: string;
  target: [NilaiDemo, NilaiDemo, NilaiDemo, NilaiDemo];
  realisasi: [NilaiDemo, NilaiDemo, NilaiDemo, NilaiDemo];
}

const ind = (
  nip: string,
  kode: string,
  sasaran: string,
  indikator: string,
  satuan: string,
  polaritas: Iki['polaritas'],
  agregasi: Iki['agregasi'],
  target: number | string,
  rencanaAksi: string,
  targetTw: [NilaiDemo, NilaiDemo, NilaiDemo, NilaiDemo],
  realisasi: [NilaiDemo, NilaiDemo, NilaiDemo, NilaiDemo],
  extra: Partial<Iki> = {},
): IndikatorDemo => ({
  iki: {
    nip,
    kode,
    sasaran,
    indikator,
    satuan,
    polaritas,
    agregasi,
    target,
    sumberData: 'Laporan bagian',
    ...extra,
  },
  rencanaAksi,
  target: targetTw,
  realisasi,
});

export const DEMO_INDIKATOR: readonly IndikatorDemo[] = [
  // the head of office's indicators are the office IKU, in the PK with the Bupati
  ind(
    DEMO_NIP.sekwan,
    'IKU-01',
    'Meningkatnya akuntabilitas kinerja dan keuangan Sekretariat DPRD',
    'Persentase realisasi anggaran Sekretariat DPRD',
    '%',
    'Positif',
    'Kumulatif',
    95,
    'Pengendalian pelaksanaan anggaran setiap triwulan',
    [20, 45, 70, 95],
    [19, 44, 71, 96],
    { kodeAtasan: 'RPJMD 5.1', realisasiTahunLalu: 93.5 },
  ),
  ind(
    DEMO_NIP.sekwan,
    'IKU-02',
    'Meningkatnya kualitas fasilitasi fungsi DPRD',
    'Jumlah rapat DPRD yang terfasilitasi',
    'rapat',
    'Positif',
    'Jumlah',
    96,
    'Fasilitasi rapat paripurna dan alat kelengkapan DPRD',
    [24, 24, 24, 24],
    [22, 26, 24, 25],
    { kodeAtasan: 'RPJMD 5.2', realisasiTahunLalu: 91 },
  ),
  ind(
    DEMO_NIP.kabagUmum,
    'IKU-1',
    'Meningkatnya akuntabilitas keuangan Sekretariat DPRD',
    'Persentase penyerapan anggaran',
    '%',
    'Positif',
    'Kumulatif',
    95,
    'Monitoring realisasi anggaran bulanan',
    [20, 45, 70, 95],
    [18, 44, 71, 96],
    { kodeAtasan: 'IKU-01' },
  ),
  ind(
    DEMO_NIP.kabagUmum,
    'IKU-2',
    'Meningkatnya akuntabilitas keuangan Sekretariat DPRD',
    'Jumlah temuan BPK yang belum ditindaklanjuti',
    'temuan',
    'Negatif',
    'Nilai Akhir',
    7,
    'Koordinasi tindak lanjut temuan dengan Inspektorat',
    [7, 7, 7, 7],
    [9, 8, 7, 6.5],
    { kodeAtasan: 'IKU-01' },
  ),
  ind(
    DEMO_NIP.kabagSidang,
    'IKU-1',
    'Terselenggaranya persidangan DPRD yang tertib',
    'Jumlah rapat DPRD terfasilitasi (paripurna dan alat kelengkapan)',
    'rapat',
    'Positif',
    'Jumlah',
    96,
    'Fasilitasi rapat paripurna dan alat kelengkapan sesuai jadwal Badan Musyawarah',
    [24, 24, 24, 24],
    [22, 26, 24, 25],
    { kodeAtasan: 'IKU-02' },
  ),
  ind(
    DEMO_NIP.kabagSidang,
    'IKU-2',
    'Terselenggaranya persidangan DPRD yang tertib',
    'Rata-rata waktu penyusunan risalah',
    'hari',
    'Rentang',
    'Rata-rata',
    3,
    'Penyusunan risalah rapat tepat waktu',
    [3, 3, 3, 3],
    [4, 3, 5, 2],
    { kodeAtasan: 'IKU-02', targetAtas: 5 },
  ),
  ind(
    DEMO_NIP.kasubagTu,
    'IKI-1',
    'Tertib administrasi kepegawaian',
    'Persentase dokumen kinerja pegawai terarsip',
    '%',
    'Positif',
    'Kumulatif',
    100,
    'Pengumpulan dan pengarsipan IKI, PK dan Rencana Aksi',
    [25, 50, 75, 100],
    [30, 55, 80, 100],
    { kodeAtasan: 'IKU-2' },
  ),
  ind(
    DEMO_NIP.kasubagTu,
    'IKI-2',
    'Tertib administrasi kepegawaian',
    'Nilai kepuasan layanan kepegawaian',
    'indeks',
    'Positif',
    'Rata-rata',
    80,
    'Survei kepuasan layanan kepegawaian',
    [80, 80, 80, 80],
    [78, 82, 85, 81],
    { kodeAtasan: 'IKU-2' },
  ),
  ind(
    DEMO_NIP.kasubagKeuangan,
    'IKI-1',
    'Tertib pengelolaan keuangan',
    'Jumlah SPJ yang terlambat',
    'dokumen',
    'Negatif',
    'Jumlah',
    8,
    'Verifikasi SPJ setiap minggu',
    [2, 2, 2, 2],
    [3, 1, 2, 0],
    { kodeAtasan: 'IKU-1' },
  ),
  ind(
    DEMO_NIP.kasubagKeuangan,
    'IKI-2',
    'Tertib pengelolaan keuangan',
    'Persentase laporan keuangan tepat waktu',
    '%',
    'Positif',
    'Nilai Akhir',
    100,
    'Penyusunan laporan keuangan bulanan',
    [100, 100, 100, 100],
    [100, 90, 100, 100],
    { kodeAtasan: 'IKU-2' },
  ),
  ind(
    DEMO_NIP.kasubagRapat,
    'IKI-1',
    'Tersedianya risalah rapat yang lengkap',
    'Jumlah risalah rapat tersusun',
    'risalah',
    'Positif',
    'Jumlah',
    40,
    'Penyusunan risalah setiap rapat',
    [10, 10, 10, 10],
    [10, 12, 9, 11],
    { kodeAtasan: 'IKU-2' },
  ),
  ind(
    DEMO_NIP.kasubagRapat,
    'IKI-2',
    'Tersedianya risalah rapat yang lengkap',
    'Persentase undangan rapat terkirim H-3',
    '%',
    'Rentang',
    'Nilai Akhir',
    90,
    'Pengiriman undangan rapat',
    [90, 90, 90, 90],
    [85, 92, 100, 95],
    { kodeAtasan: 'IKU-1', targetAtas: 100 },
  ),
  ind(
    DEMO_NIP.stafTu,
    'IKI-1',
    'Data kepegawaian mutakhir',
    'Jumlah data pegawai dimutakhirkan',
    'data',
    'Positif',
    'Jumlah',
    120,
    'Pemutakhiran data pegawai pada SIMPEG',
    [30, 30, 30, 30],
    [28, 35, 30, 32],
    { kodeAtasan: 'IKI-2' },
  ),
  ind(
    DEMO_NIP.stafTu,
    'IKI-2',
    'Data kepegawaian mutakhir',
    'Rata-rata hari penyelesaian usulan kenaikan pangkat',
    'hari',
    'Negatif',
    'Rata-rata',
    10,
    'Pemrosesan usulan kenaikan pangkat',
    [10, 10, 10, 10],
    [12, 9, 8, 10],
    { kodeAtasan: 'IKI-2' },
  ),
  ind(
    DEMO_NIP.stafKeuangan,
    'IKI-1',
    'Tertib penatausahaan keuangan',
    'Persentase SPJ terverifikasi',
    '%',
    'Positif',
    'Kumulatif',
    100,
    'Verifikasi kelengkapan SPJ',
    [25, 50, 75, 100],
    [25, 50, 70, 100],
    { kodeAtasan: 'IKI-1' },
  ),
  ind(
    DEMO_NIP.stafKeuangan,
    'IKI-2',
    'Tertib penatausahaan keuangan',
    'Jumlah kesalahan pembukuan',
    'kesalahan',
    'Negatif',
    'Nilai Akhir',
    0,
    'Rekonsiliasi buku kas bulanan',
    [0, 0, 0, 0],
    [1, 0, 0, 0],
    { kodeAtasan: 'IKI-2' },
  ),
  // issue 16: indicators as offices have them: a value BPK releases the following year (qualitative), an
  // annual grade, a semester survey, and a count whose staff portions do not add up (400 against 480)
  ind(
    DEMO_NIP.kabagUmum,
    'IKU-3',
    'Meningkatnya akuntabilitas keuangan Sekretariat DPRD',
    'Opini BPK atas laporan keuangan',
    'Opini BPK',
    'Positif',
    'Nilai Akhir',
    'WTP',
    'Penyiapan bahan pemeriksaan BPK dan tindak lanjut rekomendasi',
    [null, null, null, 'WTP'],
    [null, null, null, null],
    {
      polaUkur: 'Rilis',
      periodeUkur: 'Tahun Berikutnya',
      penerbit: 'BPK RI Perwakilan Provinsi Jawa Timur',
      kodeAtasan: 'IKU-01',
    },
  ),
  ind(
    DEMO_NIP.kasubagTu,
    'IKI-3',
    'Tertib administrasi kepegawaian',
    'Nilai SAKIP Sekretariat DPRD',
    'Nilai SAKIP',
    'Positif',
    'Nilai Akhir',
    'BB',
    'Penyiapan bahan evaluasi SAKIP oleh Inspektorat',
    [null, null, null, 'BB'],
    [null, null, null, 'B'],
    {
      polaUkur: 'Rilis',
      periodeUkur: 'Tahunan',
      penerbit: 'Inspektorat Kabupaten Nganjuk',
      kodeAtasan: 'IKU-3',
    },
  ),
  ind(
    DEMO_NIP.kasubagKeuangan,
    'IKI-3',
    'Tertib pengelolaan keuangan',
    'Jumlah SPJ terverifikasi',
    'dokumen',
    'Positif',
    'Jumlah',
    480,
    'Verifikasi SPJ seluruh bagian',
    [120, 120, 120, 120],
    [118, 125, 120, 122],
    { polaUkur: 'Hitungan', kodeAtasan: 'IKU-3' },
  ),
  ind(
    DEMO_NIP.kasubagRapat,
    'IKI-3',
    'Tersedianya risalah rapat yang lengkap',
    'Indeks Kepuasan Masyarakat atas layanan persidangan',
    'indeks',
    'Positif',
    'Nilai Akhir',
    82,
    'Survei kepuasan masyarakat per semester',
    [null, 80, null, 82],
    [null, 81.5, null, 83.2],
    { polaUkur: 'Posisi', periodeUkur: 'Semester', kodeAtasan: 'IKU-1' },
  ),
  ind(
    DEMO_NIP.stafKeuangan,
    'IKI-3',
    'Tertib penatausahaan keuangan',
    'Jumlah SPJ terverifikasi',
    'dokumen',
    'Positif',
    'Jumlah',
    400,
    'Verifikasi SPJ bagian persidangan',
    [100, 100, 100, 100],
    [98, 104, 100, 101],
    { polaUkur: 'Hitungan', kodeAtasan: 'IKI-3' },
  ),
];

const TW = ['I', 'II', 'III', 'IV'] as const;

export interface AksiDemo {
  readonly rencanaAksi: string;
  readonly target: readonly [NilaiDemo, NilaiDemo, NilaiDemo, NilaiDemo];
}

/**
 * Indicators with several actions (NIP|Kode): the Kasubag Rapat's IKI-1 (Jumlah) has three, whose quarterly
 * targets add up to the indicator's (10 a quarter), so its capaian is as with one action.
 */
export const DEMO_AKSI: Readonly<Record<string, readonly AksiDemo[]>> = {
  [`${DEMO_NIP.kasubagRapat}|IKI-1`]: [
    { rencanaAksi: 'Penyusunan risalah setiap rapat', target: [6, 6, 6, 6] },
    { rencanaAksi: 'Penyusunan risalah rapat paripurna', target: [2, 2, 2, 2] },
    { rencanaAksi: 'Penyusunan risalah rapat komisi dan badan', target: [2, 2, 2, 2] },
  ],
};

/** The Rencana Aksi rows: one per indicator, the further actions of DEMO_AKSI appended at the end. */
function demoRencanaAksi(): RecordOf<typeof rencanaAksiTab>[] {
  const row = (d: IndikatorDemo, a: AksiDemo): RecordOf<typeof rencanaAksiTab> => ({
    nip: d.iki.nip,
    kode: d.iki.kode,
    rencanaAksi: a.rencanaAksi,
    targetTw1: a.target[0],
    targetTw2: a.target[1],
    targetTw3: a.target[2],
    targetTw4: a.target[3],
    alasan: null,
  });
  const aksi = (d: IndikatorDemo) => DEMO_AKSI[`${d.iki.nip}|${d.iki.kode}`];
  return [
    ...DEMO_INDIKATOR.map((d) => row(d, aksi(d)?.[0] ?? { rencanaAksi: d.rencanaAksi, target: d.target })),
    ...DEMO_INDIKATOR.flatMap((d) => (aksi(d) ?? []).slice(1).map((a) => row(d, a))),
  ];
}

/** The Kabag Umum dan Keuangan's PK carries its program, kegiatan and sub-kegiatan with their budgets. */
export const DEMO_ANGGARAN_PK: readonly RecordOf<typeof anggaranPkTab>[] = [
  {
    nip: DEMO_NIP.kabagUmum,
    program: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
    anggaran: 1250000000,
    keterangan: 'APBD',
  },
  {
    nip: DEMO_NIP.kabagUmum,
    program: 'Kegiatan Administrasi Keuangan Perangkat Daerah',
    anggaran: 850000000,
    keterangan: 'APBD',
  },
  {
    nip: DEMO_NIP.kabagUmum,
    program: 'Sub Kegiatan Penyediaan Gaji dan Tunjangan ASN',
    anggaran: 600000000,
    keterangan: null,
  },
];

export const DEMO_SETTINGS: Record<string, string> = {
  'Nama Instansi': 'Sekretariat DPRD Kabupaten Nganjuk',
  Unit: 'Pemerintah Kabupaten Nganjuk',
  Tahun: '2026',
  Kota: 'Nganjuk',
  'Email Pengelola': 'tu.kepegawaian@nganjukkab.go.id',
  'Hari Libur': '1 Januari 2026; 17 Agustus 2026; 25 Desember 2026; 1 Januari 2027',
  'Nama Kepala Daerah': 'Ir. Hadi Santoso, M.T.',
  'Jabatan Kepala Daerah': 'Bupati Nganjuk',
  'Mulai Penyusunan PK': '5 Januari 2026',
  'Cascading Wajib': 'Ya',
};

/** The demo workbook's tabs. `withRealisasi` fills the Pengukuran tab for every quarter. */
/** One quarter's realisations, evidence links and obstacles, as each employee types them before reporting. */
export function demoPengukuran(tw: 1 | 2 | 3 | 4): RecordOf<typeof pengukuranTab>[] {
  // no row where nothing is due: a quarter outside the Periode Ukur, or a release awaited next year
  return DEMO_INDIKATOR.flatMap((d, i) =>
    d.realisasi[tw - 1] == null && !realisasiDiharapkan(polaOf(d.iki), tw) ? [] : [{ d, i }],
  ).map(({ d, i }) => ({
    nip: d.iki.nip,
    kode: d.iki.kode,
    triwulan: TW[tw - 1] as (typeof TW)[number],
    realisasi: d.realisasi[tw - 1] ?? null,
    bukti: `https://drive.google.com/file/d/bukti-${d.iki.nip.slice(-4)}-${d.iki.kode}-tw${tw}/view`,
    kendala:
      (d.realisasi[tw - 1] ?? 0) < (d.target[tw - 1] ?? 0) && i % 2 === 0
        ? tw === 1
          ? 'Awal tahun anggaran, kegiatan belum berjalan penuh'
          : 'Kegiatan bergeser karena jadwal rapat DPRD'
        : null,
    arahan: null,
    tindakLanjut: null,
  }));
}

/** The demo office's tabs, as the writer lays them out. */
export type DemoTables = Record<TabName, (string | number | null | undefined)[][]>;

export function demoTables(withRealisasi = true): DemoTables {
  const pengukuran = withRealisasi ? ([1, 2, 3, 4] as const).flatMap(demoPengukuran) : [];
  return {
    Pengaturan: writeTab(pengaturanTab, defaultSettingRows(DEMO_SETTINGS)),
    Pegawai: writeTab(pegawaiTab, DEMO_PEGAWAI),
    IKI: writeTab(
      ikiTab,
      DEMO_INDIKATOR.map((d) => d.iki),
    ),
    PK: writeTab(pkTab, []),
    'Rencana Aksi': writeTab(rencanaAksiTab, demoRencanaAksi()),
    Pengukuran: writeTab(pengukuranTab, pengukuran),
    Riwayat: writeTab(riwayatTab, []),
    Rekap: writeTab(rekapTab, []),
    'Anggaran PK': writeTab(anggaranPkTab, DEMO_ANGGARAN_PK),
  };
}
