// The demo year: every SOP step for every employee of the demo office, by the right people, at plausible
// office times, including one return with a note, one step done by a Plh, and one review later than its
// standard. The CLI demo and the tests replay it through the same core as every shell.
import type { Periode } from '../recap/period';
import type { Dokumen } from '../workflow/states';
import type { Aksi } from '../workflow/transitions';
import { DEMO_NIP, DEMO_PEGAWAI } from './office';

export type LangkahDemo =
  | {
      readonly waktu: number;
      readonly email: string;
      readonly aksi: Aksi;
      readonly nip: string;
      readonly dokumen: Dokumen;
      readonly catatan?: string;
      /** `ttdkepaladaerah`: the date the Bupati signed the head's PK on paper, and the scan's link. */
      readonly tanggalTtd?: string;
      readonly tautanTtd?: string;
    }
  | { readonly waktu: number; readonly email: string; readonly rekap: Periode };

const email = (nip: string): string => DEMO_PEGAWAI.find((p) => p.nip === nip)?.email ?? '';
const atasan = (nip: string): string => DEMO_PEGAWAI.find((p) => p.nip === nip)?.nipAtasan ?? '';
const ADMIN = email(DEMO_NIP.kasubagTu);
const at = (date: string, time: string): number => Date.parse(`${date}T${time}:00+07:00`);
const plus = (ms: number, minutes: number): number => ms + minutes * 60_000;

/** Employees with a superior, top level first: Kabag, then Kasubag, then Staf. */
const FILE_ORDER = [
  DEMO_NIP.kabagUmum,
  DEMO_NIP.kabagSidang,
  DEMO_NIP.kasubagTu,
  DEMO_NIP.kasubagKeuangan,
  DEMO_NIP.kasubagRapat,
  DEMO_NIP.stafTu,
  DEMO_NIP.stafKeuangan,
];

/** Who signs as superior for an employee in the demo (Rina's Kabag is away: his Plh signs her RA). */
function signer(nip: string, dokumen: Dokumen): string {
  // the head of office's RA and measurements are checked and evaluated by the Pengelola Kinerja
  if (nip === DEMO_NIP.sekwan) return ADMIN;
  if (nip === DEMO_NIP.kasubagRapat && dokumen === 'RA') return email(DEMO_NIP.kabagUmum);
  return email(atasan(nip));
}

/** The working days of January on which each file is drawn up (5-13 January, skipping the weekend). */
const FILE_DAYS = [
  '2026-01-05',
  '2026-01-06',
  '2026-01-07',
  '2026-01-08',
  '2026-01-09',
  '2026-01-12',
  '2026-01-13',
];

const QUARTER_REPORT_DAY = ['2026-04-01', '2026-07-01', '2026-10-01', '2027-01-04'] as const;

export function demoScenario(): LangkahDemo[] {
  const steps: LangkahDemo[] = [];
  const act = (waktu: number, who: string, aksi: Aksi, nip: string, dokumen: Dokumen, catatan?: string) =>
    steps.push({ waktu, email: who, aksi, nip, dokumen, ...(catatan ? { catatan } : {}) });

  // the office IKU first: the head drafts the PK with the Bupati, who signs it on paper; the Pengelola
  // Kinerja records that signature with its date and the scan; the head's RA is checked by the Pengelola
  const head = DEMO_NIP.sekwan;
  act(at('2026-01-05', '07:45'), email(head), 'ajukan', head, 'PK'); // step 1
  steps.push({
    waktu: at('2026-01-07', '10:00'),
    email: ADMIN,
    aksi: 'ttdkepaladaerah',
    nip: head,
    dokumen: 'PK',
    tanggalTtd: '6 Januari 2026',
    tautanTtd: 'https://drive.google.com/file/d/pk-2026-sekwan-bupati/view',
  }); // step 3, on paper
  act(at('2026-01-07', '13:00'), email(head), 'ajukan', head, 'RA'); // step 4
  act(at('2026-01-07', '13:40'), ADMIN, 'setujui', head, 'RA'); // step 5
  act(at('2026-01-07', '13:50'), ADMIN, 'setujui', head, 'RA'); // step 6
  act(at('2026-01-07', '14:02'), ADMIN, 'arsipkan', head, 'RA'); // step 7

  FILE_ORDER.forEach((nip, i) => {
    const day = FILE_DAYS[i] as string;
    let t = at(day, '08:00');
    act(t, email(nip), 'ajukan', nip, 'PK'); // step 1
    t = plus(t, 20);
    if (nip === DEMO_NIP.kasubagKeuangan) {
      act(
        t,
        signer(nip, 'PK'),
        'kembalikan',
        nip,
        'PK',
        'Target indikator SPJ terlambat disesuaikan dengan peta jabatan.',
      );
      t = plus(t, 45);
      act(t, email(nip), 'ajukan', nip, 'PK');
      t = plus(t, 15);
    }
    act(t, signer(nip, 'PK'), 'setujui', nip, 'PK'); // step 2
    t = plus(t, 10);
    act(t, signer(nip, 'PK'), 'setujui', nip, 'PK'); // step 3
    t = at(day, '13:00');
    act(t, email(nip), 'ajukan', nip, 'RA'); // step 4
    // step 5: Rina's RA waits two working days for her (acting) superior: later than the 60-minute standard
    t = nip === DEMO_NIP.kasubagRapat ? at('2026-01-14', '13:30') : plus(t, 40);
    act(t, signer(nip, 'RA'), 'setujui', nip, 'RA'); // step 5
    t = plus(t, 10);
    act(t, signer(nip, 'RA'), 'setujui', nip, 'RA'); // step 6
    act(plus(t, 12), ADMIN, 'arsipkan', nip, 'RA'); // step 7 (step 8 is the work itself)
  });

  QUARTER_REPORT_DAY.forEach((day, q) => {
    const dokumen = `TW${q + 1}` as Dokumen;
    [...FILE_ORDER, DEMO_NIP.sekwan].forEach((nip, i) => {
      const start = plus(at(day, '08:00'), i * 5);
      act(start, email(nip), 'ajukan', nip, dokumen); // step 9: measured
      act(plus(start, 90), email(nip), 'ajukan', nip, dokumen); // step 10: reported with evidence
      act(plus(start, 110), signer(nip, dokumen), 'evaluasi', nip, dokumen, ARAHAN[(i + q) % ARAHAN.length]); // step 11
      act(
        plus(start, 150),
        email(nip),
        'tindaklanjut',
        nip,
        dokumen,
        TINDAK_LANJUT[(i + q) % TINDAK_LANJUT.length],
      ); // step 12
    });
    steps.push({ waktu: at(day, '11:30'), email: ADMIN, rekap: dokumen as Periode }); // step 13, after the last follow-up
  });
  steps.push({ waktu: at('2027-01-04', '11:35'), email: ADMIN, rekap: 'TAHUNAN' }); // step 14
  // in the order they happen (stable: same-time steps keep their order)
  return steps.sort((a, b) => a.waktu - b.waktu);
}

const ARAHAN = [
  'Pertahankan capaian dan lengkapi bukti dukung pada triwulan berikutnya.',
  'Percepat pelaksanaan kegiatan yang tertinggal dari jadwal Rencana Aksi.',
  'Koordinasikan kendala dengan bagian terkait paling lambat minggu depan.',
];

const TINDAK_LANJUT = [
  'Bukti dukung dilengkapi dan diunggah ke folder bersama.',
  'Jadwal kegiatan disusun ulang dan dilaporkan kepada atasan.',
  'Rapat koordinasi dengan bagian terkait telah dijadwalkan.',
];
