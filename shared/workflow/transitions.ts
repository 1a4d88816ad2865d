// The workflow as one table: for each document kind, action and current state, the next state and EVERY
// effect of the transition (the SOP step and its time standard, who may fire it, the note it needs and
// where that note goes, the hash it seals, the rows it protects, the documents it files, who acts next,
// the badge tone of the new state, the precondition on the other documents). decide(), act(), the view,
// the sidebar client and the documents read it; no SOP step number is written anywhere else.
import type { Durasi } from '../locale/duration';
import type { MessageKey } from '../messages/catalog';
import { langkah as langkahSop } from '../sop/steps';
import type { pkTab } from '../tabs/declarations';
import type { RecordOf } from '../tabs/tab';
import type { Dokumen, Triwulan } from './states';

export const AKSI = [
  'ajukan',
  'setujui',
  'kembalikan',
  'evaluasi',
  'tindaklanjut',
  'arsipkan',
  'ttdkepaladaerah',
] as const;
export type Aksi = (typeof AKSI)[number];

/** English aliases accepted by the CLI. */
export const AKSI_ALIAS: Record<string, Aksi> = {
  submit: 'ajukan',
  approve: 'setujui',
  return: 'kembalikan',
  evaluate: 'evaluasi',
  'follow-up': 'tindaklanjut',
  archive: 'arsipkan',
  'record-regional-signature': 'ttdkepaladaerah',
};

export type PeranAlur = 'pegawai' | 'atasan' | 'pengelola';
export type JenisDokumen = 'PK' | 'RA' | 'TW';
type BarisPk = RecordOf<typeof pkTab>;

/** The badge tone of a state: a draft, waiting for someone, returned, or done with this step. */
export type Nada = 'draf' | 'tunggu' | 'kembali' | 'selesai';

/** Who must act after the transition (one notification each; never the actor themself). */
export type Berikutnya = 'pemilik' | 'atasan' | 'pengelola';

export interface Catatan {
  /** How the note is called where it is typed (sidebar label). */
  readonly label: MessageKey;
  /** Where the note is kept: the PK row's note (a return), or the quarter's Pengukuran rows. */
  readonly kolom: 'catatan' | 'arahan' | 'tindakLanjut';
}

export interface Segel {
  /** The PK-tab cells that record the signature: the content hash, the time and (PK) the signer. */
  readonly hash: keyof BarisPk;
  readonly waktu: keyof BarisPk;
  readonly penandatangan: keyof BarisPk | null;
}

export interface Syarat {
  /** Another document of the same year must be in one of these states. */
  readonly dokumen: 'PK' | 'RA';
  readonly status: readonly string[];
  readonly pesan: MessageKey;
}

export interface Transisi {
  readonly jenis: JenisDokumen;
  readonly aksi: Aksi;
  readonly dari: readonly string[];
  readonly ke: string;
  /** The SOP step it performs and that step's time standard (Mutu Baku: Waktu). */
  readonly langkah: number;
  readonly waktu: Durasi;
  readonly peran: PeranAlur;
  /** The action approves or judges someone else's content: bound to the version seen, never one's own. */
  readonly menyetujui: boolean;
  /** The note the action requires (null: none). */
  readonly catatan: Catatan | null;
  /** The owner's note on the PK row is cleared (a new submission answers it). */
  readonly hapusCatatan: boolean;
  /** The signature it records (null: none). */
  readonly segel: Segel | null;
  /** Other documents that change state with this one (archiving the RA archives the PK). */
  readonly ikut: Partial<Record<'PK', string>>;
  /** The owner's rows whose content becomes protected (once: at the signature that covers them). */
  readonly lindungi: readonly TabDilindungi[];
  /** The signed documents filed after the transition. */
  readonly arsip: readonly ('PK' | 'RA')[];
  readonly berikutnya: Berikutnya;
  readonly nada: Nada;
  readonly syarat: Syarat | null;
  /** Whose documents it applies to: the head of office only, everyone else only, or (absent) everyone. */
  readonly pemilik?: 'pimpinan' | 'bawahan';
  /** The button that fires it, named for the SOP step ("Teliti", "Tandatangani", "Laporkan"). */
  readonly tombol: MessageKey;
}

/** The tabs whose rows a signature protects (the PK's IKI and budget rows, the RA's action rows). */
export type TabDilindungi = 'IKI' | 'Anggaran PK' | 'Rencana Aksi';

/** Button names by the state a transition leads to (a return is "Kembalikan" everywhere). */
const TOMBOL: Readonly<Record<string, MessageKey>> = {
  'PK:Diajukan': 'tombol.ajukanPk',
  'PK:Diteliti': 'tombol.teliti',
  'PK:Ditandatangani': 'tombol.tandatangani',
  'RA:Diajukan': 'tombol.ajukanRa',
  'RA:Diperiksa': 'tombol.periksa',
  'RA:Ditandatangani': 'tombol.tandatangani',
  'RA:Diarsipkan': 'tombol.arsipkan',
  'TW:Diukur': 'tombol.ukur',
  'TW:Dilaporkan': 'tombol.laporkan',
  'TW:Dievaluasi': 'tombol.evaluasi',
  'TW:Ditindaklanjuti': 'tombol.tindakLanjut',
};

type Efek = Partial<
  Pick<Transisi, 'catatan' | 'segel' | 'ikut' | 'lindungi' | 'arsip' | 'syarat' | 'hapusCatatan' | 'pemilik'>
>;

const t = (
  jenis: JenisDokumen,
  aksi: Aksi,
  dari: readonly string[],
  ke: string,
  langkah: number,
  peran: PeranAlur,
  berikutnya: Berikutnya,
  nada: Nada,
  efek: Efek = {},
): Transisi => ({
  jenis,
  aksi,
  dari,
  ke,
  langkah,
  waktu: langkahSop(langkah).waktu,
  tombol: aksi === 'kembalikan' ? 'tombol.kembalikan' : (TOMBOL[`${jenis}:${ke}`] ?? `aksi.${aksi}`),
  peran,
  menyetujui: peran === 'atasan',
  catatan: null,
  hapusCatatan: aksi === 'ajukan',
  segel: null,
  ikut: {},
  lindungi: [],
  arsip: [],
  berikutnya,
  nada,
  syarat: null,
  ...efek,
});

const KEMBALI: Catatan = { label: 'sidebar.label.kembalikan', kolom: 'catatan' };
const PK_TTD: Syarat = {
  dokumen: 'PK',
  status: ['Ditandatangani', 'Diarsipkan'],
  pesan: 'syarat.pkDitandatangani',
};
const RA_ARSIP: Syarat = { dokumen: 'RA', status: ['Diarsipkan'], pesan: 'syarat.raDiarsipkan' };
const TW = { syarat: RA_ARSIP };

export const TRANSISI: readonly Transisi[] = [
  t('PK', 'ajukan', ['Draf', 'Dikembalikan'], 'Diajukan', 1, 'pegawai', 'atasan', 'tunggu'),
  t('PK', 'setujui', ['Diajukan'], 'Diteliti', 2, 'atasan', 'atasan', 'tunggu', { pemilik: 'bawahan' }),
  t('PK', 'kembalikan', ['Diajukan', 'Diteliti'], 'Dikembalikan', 2, 'atasan', 'pemilik', 'kembali', {
    catatan: KEMBALI,
  }),
  t('PK', 'setujui', ['Diteliti'], 'Ditandatangani', 3, 'atasan', 'pemilik', 'selesai', {
    segel: { hash: 'hashPk', waktu: 'ditandatanganiPk', penandatangan: 'nipPihakKedua' },
    // the budget rows are signed with the PK (its content hash covers them)
    lindungi: ['IKI', 'Anggaran PK'],
    arsip: ['PK'],
    pemilik: 'bawahan',
  }),
  // the head of office's PK is signed on paper by the regional head; the Pengelola Kinerja records it
  {
    ...t(
      'PK',
      'ttdkepaladaerah',
      ['Diajukan', 'Diteliti'],
      'Ditandatangani',
      3,
      'pengelola',
      'pemilik',
      'selesai',
      {
        segel: { hash: 'hashPk', waktu: 'ditandatanganiPk', penandatangan: 'nipPihakKedua' },
        lindungi: ['IKI', 'Anggaran PK'],
        arsip: ['PK'],
        pemilik: 'pimpinan',
      },
    ),
    menyetujui: true,
    tombol: 'tombol.ttdKepalaDaerah',
  },
  t('RA', 'ajukan', ['Draf', 'Dikembalikan'], 'Diajukan', 4, 'pegawai', 'atasan', 'tunggu', {
    syarat: PK_TTD,
  }),
  t('RA', 'setujui', ['Diajukan'], 'Diperiksa', 5, 'atasan', 'atasan', 'tunggu'),
  t('RA', 'kembalikan', ['Diajukan', 'Diperiksa'], 'Dikembalikan', 5, 'atasan', 'pemilik', 'kembali', {
    catatan: KEMBALI,
  }),
  t('RA', 'setujui', ['Diperiksa'], 'Ditandatangani', 6, 'atasan', 'pengelola', 'selesai', {
    segel: { hash: 'hashRa', waktu: 'ditandatanganiRa', penandatangan: null },
    lindungi: ['IKI', 'Rencana Aksi'],
    arsip: ['RA'],
  }),
  t('RA', 'arsipkan', ['Ditandatangani'], 'Diarsipkan', 7, 'pengelola', 'pemilik', 'selesai', {
    // step 7 archives IKI, PK and Rencana Aksi together
    syarat: { dokumen: 'PK', status: ['Ditandatangani'], pesan: 'syarat.pkDitandatangani' },
    ikut: { PK: 'Diarsipkan' },
    // no protection: the signatures of steps 3 and 6 protected these rows already
    arsip: ['PK', 'RA'],
  }),
  t('TW', 'ajukan', ['Draf', 'Dikembalikan'], 'Diukur', 9, 'pegawai', 'pemilik', 'tunggu', TW),
  t('TW', 'ajukan', ['Diukur'], 'Dilaporkan', 10, 'pegawai', 'atasan', 'tunggu', TW),
  t('TW', 'kembalikan', ['Diukur', 'Dilaporkan'], 'Dikembalikan', 11, 'atasan', 'pemilik', 'kembali', {
    ...TW,
    catatan: KEMBALI,
  }),
  t('TW', 'evaluasi', ['Dilaporkan'], 'Dievaluasi', 11, 'atasan', 'pemilik', 'selesai', {
    ...TW,
    catatan: { label: 'sidebar.label.arahan', kolom: 'arahan' },
  }),
  t('TW', 'tindaklanjut', ['Dievaluasi'], 'Ditindaklanjuti', 12, 'pegawai', 'pengelola', 'selesai', {
    ...TW,
    catatan: { label: 'sidebar.label.tindakLanjut', kolom: 'tindakLanjut' },
  }),
];

export function jenisOf(dokumen: Dokumen): JenisDokumen {
  return dokumen === 'PK' || dokumen === 'RA' ? dokumen : 'TW';
}

/**
 * Whether a transition applies to the documents of the head of office (`pimpinan`) or of anyone else;
 * `null`: whoever the owner is (the log replay, where each action names one transition either way).
 */
export function berlakuUntuk(tr: Transisi, pimpinan: boolean | null): boolean {
  return pimpinan === null || tr.pemilik === undefined || tr.pemilik === (pimpinan ? 'pimpinan' : 'bawahan');
}

export function findTransisi(
  jenis: JenisDokumen,
  aksi: Aksi,
  status: string,
  pimpinan: boolean | null = false,
): Transisi | null {
  return (
    TRANSISI.find(
      (tr) =>
        tr.jenis === jenis && tr.aksi === aksi && tr.dari.includes(status) && berlakuUntuk(tr, pimpinan),
    ) ?? null
  );
}

/** The actions open on a document in a given state, for a given role (`pimpinan`: the head's documents). */
export function aksiTersedia(
  jenis: JenisDokumen,
  status: string,
  peran: PeranAlur,
  pimpinan = false,
): Aksi[] {
  return [
    ...new Set(
      TRANSISI.filter(
        (tr) =>
          tr.jenis === jenis && tr.peran === peran && tr.dari.includes(status) && berlakuUntuk(tr, pimpinan),
      ).map((tr) => tr.aksi),
    ),
  ];
}

/** The one document an action can apply to, when the table has it on one document only (arsipkan: RA). */
export function dokumenTetap(aksi: Aksi): 'PK' | 'RA' | null {
  const jenis = new Set(TRANSISI.filter((tr) => tr.aksi === aksi).map((tr) => tr.jenis));
  const [only] = [...jenis];
  return jenis.size === 1 && only !== 'TW' && only !== undefined ? only : null;
}

/** The badge tone of a state: the tone of the transitions that lead to it (a draft has none). */
export function nadaStatus(jenis: JenisDokumen, status: string): Nada {
  return TRANSISI.find((tr) => tr.jenis === jenis && tr.ke === status)?.nada ?? 'draf';
}

/** The note an action needs on a document in a given state, or null when it needs none. */
export function catatanUntuk(jenis: JenisDokumen, aksi: Aksi, status: string): Catatan | null {
  return findTransisi(jenis, aksi, status, null)?.catatan ?? null;
}

/** States in which the content is covered by a signature: those a sealing transition leads to, and later. */
function statusTertandatangani(jenis: 'PK' | 'RA'): readonly string[] {
  const sealed = TRANSISI.filter((tr) => tr.jenis === jenis && tr.segel).map((tr) => tr.ke);
  const later = TRANSISI.filter((tr) => tr.jenis === jenis && tr.dari.some((s) => sealed.includes(s)));
  const alongside = TRANSISI.flatMap((tr) => (jenis === 'PK' && tr.ikut.PK ? [tr.ikut.PK] : []));
  return [...new Set([...sealed, ...later.map((tr) => tr.ke), ...alongside])];
}

/** States in which the content is covered by a signature (edits after this are flagged). */
export const SIGNED: Record<'PK' | 'RA', readonly string[]> = {
  PK: statusTertandatangani('PK'),
  RA: statusTertandatangani('RA'),
};

/** The transition that signs a PK or RA (whose log entry the signed document quotes). */
export function transisiTtd(jenis: 'PK' | 'RA'): Transisi {
  return TRANSISI.find((tr) => tr.jenis === jenis && tr.segel !== null) as Transisi;
}

/** The SOP steps whose log entries made a document of this kind ready: what satisfied its precondition. */
export function langkahPemicu(jenis: JenisDokumen): readonly number[] {
  const syarat = TRANSISI.find((tr) => tr.jenis === jenis && tr.syarat)?.syarat;
  if (!syarat) return [];
  return TRANSISI.filter(
    (tr) =>
      tr.jenis === syarat.dokumen &&
      syarat.status.includes(tr.ke) &&
      !syarat.status.some((s) => tr.dari.includes(s)),
  ).map((tr) => tr.langkah);
}

/** The last day of a quarter, as a calendar date. */
export function akhirTriwulan(tahun: number, tw: Triwulan): { tahun: number; bulan: number; hari: number } {
  const bulan = { I: 3, II: 6, III: 9, IV: 12 }[tw];
  return { tahun, bulan, hari: bulan === 3 || bulan === 12 ? 31 : 30 };
}
