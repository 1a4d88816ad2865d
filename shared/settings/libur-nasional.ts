// The national holidays (libur nasional) and collective leave days (cuti bersama) of the years the product
// ships, the default of the Pengaturan key `Hari Libur` (an office edits the list in its own sheet).
// 2026: SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor 1497, 2 dan 5 Tahun 2025
// (17 libur nasional, 8 cuti bersama). A year whose SKB is not yet published is not listed: a guessed date
// would silently change everyone's SOP timing.

export interface HariLibur {
  /** ISO date `YYYY-MM-DD`. */
  readonly tanggal: string;
  readonly jenis: 'Libur Nasional' | 'Cuti Bersama';
  readonly keterangan: string;
}

export const LIBUR_NASIONAL: Readonly<Record<number, readonly HariLibur[]>> = {
  2026: [
    { tanggal: '2026-01-01', jenis: 'Libur Nasional', keterangan: 'Tahun Baru 2026 Masehi' },
    { tanggal: '2026-01-16', jenis: 'Libur Nasional', keterangan: "Isra Mi'raj Nabi Muhammad SAW" },
    { tanggal: '2026-02-16', jenis: 'Cuti Bersama', keterangan: 'Tahun Baru Imlek' },
    { tanggal: '2026-02-17', jenis: 'Libur Nasional', keterangan: 'Tahun Baru Imlek 2577 Kongzili' },
    { tanggal: '2026-03-18', jenis: 'Cuti Bersama', keterangan: 'Hari Suci Nyepi' },
    { tanggal: '2026-03-19', jenis: 'Libur Nasional', keterangan: 'Hari Suci Nyepi (Tahun Baru Saka 1948)' },
    { tanggal: '2026-03-20', jenis: 'Cuti Bersama', keterangan: 'Idul Fitri 1447 H' },
    { tanggal: '2026-03-21', jenis: 'Libur Nasional', keterangan: 'Idul Fitri 1447 H' },
    { tanggal: '2026-03-22', jenis: 'Libur Nasional', keterangan: 'Idul Fitri 1447 H' },
    { tanggal: '2026-03-23', jenis: 'Cuti Bersama', keterangan: 'Idul Fitri 1447 H' },
    { tanggal: '2026-03-24', jenis: 'Cuti Bersama', keterangan: 'Idul Fitri 1447 H' },
    { tanggal: '2026-04-03', jenis: 'Libur Nasional', keterangan: 'Wafat Yesus Kristus' },
    { tanggal: '2026-04-05', jenis: 'Libur Nasional', keterangan: 'Kebangkitan Yesus Kristus (Paskah)' },
    { tanggal: '2026-05-01', jenis: 'Libur Nasional', keterangan: 'Hari Buruh Internasional' },
    { tanggal: '2026-05-14', jenis: 'Libur Nasional', keterangan: 'Kenaikan Yesus Kristus' },
    { tanggal: '2026-05-15', jenis: 'Cuti Bersama', keterangan: 'Kenaikan Yesus Kristus' },
    { tanggal: '2026-05-27', jenis: 'Libur Nasional', keterangan: 'Idul Adha 1447 H' },
    { tanggal: '2026-05-28', jenis: 'Cuti Bersama', keterangan: 'Idul Adha 1447 H' },
    { tanggal: '2026-05-31', jenis: 'Libur Nasional', keterangan: 'Hari Raya Waisak 2570 BE' },
    { tanggal: '2026-06-01', jenis: 'Libur Nasional', keterangan: 'Hari Lahir Pancasila' },
    { tanggal: '2026-06-16', jenis: 'Libur Nasional', keterangan: '1 Muharam Tahun Baru Islam 1448 H' },
    { tanggal: '2026-08-17', jenis: 'Libur Nasional', keterangan: 'Proklamasi Kemerdekaan' },
    { tanggal: '2026-08-25', jenis: 'Libur Nasional', keterangan: 'Maulid Nabi Muhammad SAW' },
    { tanggal: '2026-12-24', jenis: 'Cuti Bersama', keterangan: 'Kelahiran Yesus Kristus' },
    { tanggal: '2026-12-25', jenis: 'Libur Nasional', keterangan: 'Kelahiran Yesus Kristus' },
  ],
};

/** The shipped holidays of a year and the next (those published), as ISO dates. */
export function liburNasional(tahun: number): string[] {
  return [tahun, tahun + 1].flatMap((y) => (LIBUR_NASIONAL[y] ?? []).map((h) => h.tanggal));
}
