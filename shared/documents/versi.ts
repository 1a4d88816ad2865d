// The versions of a signed PK or Rencana Aksi (PK Perubahan): each signature in the log is one version;
// a revision (aksi `perubahan`, by the Pengelola Kinerja, with its reason) reopens the document and the
// next signature is version N+1. Every earlier version stays in the log with its hash, so its verification
// code still resolves: "versi N, digantikan oleh versi N+1 pada tanggal ...".
import { kodeVerifikasi } from '../hash/digest';
import { type CalendarDate, formatTanggal, toCalendarDate } from '../locale/date';
import type { Lang, MessageKey } from '../messages/catalog';
import { t } from '../messages/translate';
import { lookup } from '../workbook/lookup';
import type { EntriRiwayat, Kantor } from '../workbook/parse';
import { ttdKepalaDaerahDariCatatan } from '../workflow/machine';
import { bacaCatatanPerubahan, membukaPerubahan } from '../workflow/perubahan';
import { transisiTtd } from '../workflow/transitions';

export type JenisVersi = 'PK' | 'RA';

export interface VersiDokumen {
  readonly jenis: JenisVersi;
  readonly versi: number;
  /** The signed content hash (the full hash, as in Riwayat) and the code printed on the signed PK or RA. */
  readonly hash: string;
  readonly kode: string;
  /** The signing entry: when it was logged, by whom, in what capacity. */
  readonly waktu: number;
  readonly nipPelaku: string | null;
  readonly peran: string;
  /** The date on the document (the regional head's paper date for the head of office's PK). */
  readonly tanggal: CalendarDate;
  /** The reason of the revision that opened this version (null: version 1). */
  readonly alasan: string | null;
  /** The version that replaced it, once signed. */
  readonly digantikan: {
    readonly versi: number;
    readonly waktu: number;
    readonly tanggal: CalendarDate;
  } | null;
}

/** A revision opened on the document: when and why (the entry's note is the reason). */
export interface PerubahanTerbuka {
  readonly waktu: number;
  readonly alasan: string;
}

export interface RiwayatVersi {
  readonly versi: readonly VersiDokumen[];
  /** A revision opened after the last signature and not signed yet (null: none). */
  readonly terbuka: PerubahanTerbuka | null;
}

/** The year's log entries on the owner's documents, in log order. */
function entriPemilik(k: Kantor, nip: string): readonly EntriRiwayat[] {
  return (lookup(k).riwayat.get(nip) ?? []).filter((e) => (e.tahun ?? k.settings.tahun) === k.settings.tahun);
}

/** Every signed version of the owner's PK or RA, oldest first, and a revision still open. */
export function riwayatVersi(k: Kantor, nip: string, jenis: JenisVersi): RiwayatVersi {
  const step = transisiTtd(jenis).langkah;
  const offset = k.settings.offsetMenit;
  const out: VersiDokumen[] = [];
  let terbuka: PerubahanTerbuka | null = null;
  for (const e of entriPemilik(k, nip)) {
    if (membukaPerubahan(e, jenis)) {
      terbuka = { waktu: e.waktu, alasan: bacaCatatanPerubahan(e.catatan).alasan };
      continue;
    }
    if (e.dokumen !== jenis || e.langkah !== step || !e.hash) continue;
    const tanggal =
      (e.aksi === 'ttdkepaladaerah' ? ttdKepalaDaerahDariCatatan(e.catatan)?.tanggal : null) ??
      toCalendarDate(e.waktu, offset);
    const before = out[out.length - 1];
    if (before)
      out[out.length - 1] = { ...before, digantikan: { versi: out.length + 1, waktu: e.waktu, tanggal } };
    out.push({
      jenis,
      versi: out.length + 1,
      hash: e.hash,
      kode: kodeVerifikasi(e.hash),
      waktu: e.waktu,
      nipPelaku: e.nipPelaku,
      peran: e.peran,
      tanggal,
      alasan: out.length > 0 ? (terbuka?.alasan ?? null) : null,
      digantikan: null,
    });
    terbuka = null;
  }
  return { versi: out, terbuka: out.length > 0 ? terbuka : null };
}

/** The version the document is at now: the last signed one, or the one being drafted in a revision. */
export function versiBerjalan(k: Kantor, nip: string, jenis: JenisVersi): number {
  const r = riwayatVersi(k, nip, jenis);
  return Math.max(1, r.versi.length + (r.terbuka ? 1 : 0));
}

export interface HasilVerifikasi {
  readonly nip: string;
  readonly tahun: number;
  readonly versi: VersiDokumen;
  /** The last signed version of that PK or RA. */
  readonly terakhir: number;
  /** A revision opened after the last signed version and not signed yet. */
  readonly terbuka: PerubahanTerbuka | null;
}

/** A code as people type it (any case, with or without dashes): the 16 hex digits, or null. */
export function normalisasiKode(kode: string): string | null {
  const hex = kode.replace(/[\s-]/g, '').toUpperCase();
  return /^[0-9A-F]{16}$/.test(hex) ? hex : null;
}

/** Every signed version in the log whose verification code is `kode` (normally one; none when unknown). */
export function cariKodeVerifikasi(k: Kantor, kode: string): HasilVerifikasi[] {
  const wanted = normalisasiKode(kode);
  if (!wanted) return [];
  const found: HasilVerifikasi[] = [];
  for (const nip of lookup(k).riwayat.keys()) {
    for (const jenis of ['PK', 'RA'] as const) {
      const r = riwayatVersi(k, nip, jenis);
      for (const v of r.versi)
        if (v.kode.replace(/-/g, '') === wanted)
          found.push({
            nip,
            tahun: k.settings.tahun,
            versi: v,
            terakhir: r.versi.length,
            terbuka: r.terbuka,
          });
    }
  }
  return found;
}

/** What a verification code resolves to, in the office's language: one line per finding. */
export function uraiVerifikasi(k: Kantor, kode: string, lang: Lang): { ok: boolean; baris: string[] } {
  if (!normalisasiKode(kode)) return { ok: false, baris: [t('verifikasi.kodeTidakSah', { kode }, lang)] };
  const found = cariKodeVerifikasi(k, kode);
  if (found.length === 0)
    return {
      ok: false,
      baris: [t('verifikasi.tidakDitemukan', { kode: kode.trim(), tahun: k.settings.tahun }, lang)],
    };
  const baris = found.flatMap((h) => {
    const v = h.versi;
    const owner = k.org.byNip.get(h.nip);
    const signer = v.nipPelaku ? k.org.byNip.get(v.nipPelaku) : undefined;
    const lines = [
      t(
        'verifikasi.ditemukan',
        {
          kode: v.kode,
          dokumen: `@${judulKey(v.jenis, v.versi)}`,
          tahun: h.tahun,
          nama: owner?.nama ?? h.nip,
          nip: h.nip,
          versi: v.versi,
          oleh: `${signer?.nama ?? v.nipPelaku ?? '-'} (${v.peran})`,
          tanggal: formatTanggal(v.tanggal),
        },
        lang,
      ),
    ];
    if (v.alasan) lines.push(t('verifikasi.alasan', { versi: v.versi, alasan: v.alasan }, lang));
    if (v.digantikan)
      lines.push(
        t(
          'verifikasi.digantikan',
          { versi: v.versi, baru: v.digantikan.versi, tanggal: formatTanggal(v.digantikan.tanggal) },
          lang,
        ),
      );
    else if (h.terbuka)
      lines.push(
        t(
          'verifikasi.perubahanTerbuka',
          {
            versi: v.versi,
            baru: v.versi + 1,
            tanggal: formatTanggal(toCalendarDate(h.terbuka.waktu, k.settings.offsetMenit)),
            alasan: h.terbuka.alasan,
          },
          lang,
        ),
      );
    else lines.push(t('verifikasi.berlaku', { versi: v.versi }, lang));
    return lines;
  });
  return { ok: true, baris };
}

/** The document's name by kind and version: a version after the first is a "Perubahan". */
export function judulKey(jenis: JenisVersi, versi: number): MessageKey {
  if (jenis === 'PK') return versi > 1 ? 'judul.pkPerubahan' : 'judul.pk';
  return versi > 1 ? 'judul.raPerubahan' : 'judul.ra';
}
