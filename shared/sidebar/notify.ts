// The emails the add-on sends: one to each person who must act next after an action (a bulk action: one
// per recipient, listing every document), and the daily reminder of what has waited longer than its SOP
// time standard.

import { formatWaktu } from '../locale/date';
import { formatMenitKerja } from '../locale/duration';
import type { Lang, MessageKey } from '../messages/catalog';
import { t } from '../messages/translate';
import { isPimpinan, penilaiOf } from '../org/tree';
import { mulaiPenyusunan } from '../settings/settings';
import { langkah } from '../sop/steps';
import { menitKerja, menitPerHari, standarMenit } from '../sop/working-time';
import type { Kantor } from '../workbook/parse';
import type { HasilAksi } from '../workflow/act';
import { berkasOf } from '../workflow/content';
import { readySince } from '../workflow/machine';
import { dokumenSiklus } from '../workflow/periode-pengukuran';
import { bacaCatatanPerubahan } from '../workflow/perubahan';
import type { Dokumen } from '../workflow/states';
import { type Aksi, berlakuUntuk, TRANSISI } from '../workflow/transitions';
import { labelDokumen } from './steps';

export interface Email {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
}

const AKSI_LAMPAU: Record<Aksi, MessageKey> & Partial<Record<string, MessageKey>> = {
  ajukan: 'email.aksi.ajukan',
  setujui: 'email.aksi.setujui',
  kembalikan: 'email.aksi.kembalikan',
  evaluasi: 'email.aksi.evaluasi',
  tindaklanjut: 'email.aksi.tindaklanjut',
  arsipkan: 'email.aksi.arsipkan',
  ttdkepaladaerah: 'email.aksi.ttdkepaladaerah',
  perubahan: 'email.aksi.perubahan',
};

const salam = (k: Kantor, to: string, lang: Lang) =>
  t('email.salam', { nama: k.org.byEmail.get(to)?.nama ?? t('email.bapakIbu', {}, lang) }, lang);

/** One email per recipient for one or more actions (a bulk approval sends one email per person). */
export function emailsFor(k: Kantor, results: readonly HasilAksi[], spreadsheetUrl: string): Email[] {
  const lang = k.settings.bahasa;
  const byRecipient = new Map<string, { kepala: string; baris: string }[]>();
  for (const { keputusan, perubahan } of results) {
    const e = perubahan.riwayat;
    const owner = k.org.byNip.get(e.nipPemilik ?? '');
    const aksi = AKSI_LAMPAU[e.aksi];
    // "Eko Prasetyo mengajukan Perjanjian Kinerja 2026 milik Eko Prasetyo": the subject of a single action
    const kepala = t(
      'email.baris',
      {
        pelaku: keputusan.pelaku.nama,
        aksi: aksi ? t(aksi, {}, lang) : e.aksi,
        dokumen: labelDokumen(e.dokumen as Dokumen, k.settings.tahun),
        pemilik: owner?.nama ?? '-',
      },
      lang,
    );
    // a revision's entry also keeps the measured quarters' targets: the email gives its reason
    const catatan = e.aksi === 'perubahan' ? bacaCatatanPerubahan(e.catatan).alasan : e.catatan;
    const baris = `${kepala} (${t('email.status', {}, lang)}: ${keputusan.transisi.ke})${catatan ? `. ${t('email.catatan', { catatan }, lang)}` : ''}`;
    for (const to of perubahan.penerima)
      byRecipient.set(to, [...(byRecipient.get(to) ?? []), { kepala, baris }]);
  }
  return [...byRecipient].map(([to, lines]) => ({
    to,
    subject:
      lines.length === 1
        ? `[Kinerja] ${lines[0]?.kepala}`
        : `[Kinerja] ${t('email.subjekBanyak', { jumlah: lines.length }, lang)}`,
    body: `${salam(k, to, lang)}\n\n${lines.map((l) => `- ${l.baris}`).join('\n')}\n\n${t('email.buka', {}, lang)}\n${spreadsheetUrl}\n\n${t('email.otomatis', {}, lang)}`,
  }));
}

export interface Tertunda {
  readonly kepada: string;
  readonly nama: string;
  readonly dokumen: Dokumen;
  readonly langkah: number;
  readonly menunggu: number;
  readonly standar: number;
}

/** What waits for someone longer than the SOP standard of the step it waits for. */
export function tertunda(k: Kantor, now: number): Tertunda[] {
  const out: Tertunda[] = [];
  const log = k.riwayat.map((r) => r.value);
  for (const p of k.org.all) {
    const pimpinan = isPimpinan(k.org, p.nip);
    if (!p.nipAtasan && !pimpinan) continue;
    const berkas = berkasOf(k, p.nip);
    // with Periode Pengukuran Semester, TW1 and TW3 are nobody's step
    for (const dokumen of dokumenSiklus(k.settings.periodePengukuran)) {
      const jenis = dokumen === 'PK' || dokumen === 'RA' ? dokumen : 'TW';
      if (jenis === 'TW' && berkas.RA !== 'Diarsipkan') continue; // no quarter step before the archive
      // the step that waits (the employee's own steps too: a quarter not measured after its end)
      const next = TRANSISI.find(
        (tr) =>
          tr.jenis === jenis &&
          tr.dari.includes(berkas[dokumen]) &&
          tr.aksi !== 'kembalikan' &&
          // the regional head's paper signature is outside the office's SOP timing
          tr.aksi !== 'ttdkepaladaerah' &&
          // a revision is opened on request, never awaited
          tr.aksi !== 'perubahan' &&
          berlakuUntuk(tr, pimpinan) &&
          !(tr.aksi === 'arsipkan' && dokumen !== 'RA'),
      );
      if (!next) continue;
      const since = readySince(
        {
          org: k.org,
          tahun: k.settings.tahun,
          kalender: k.settings,
          berkas,
          hashSekarang: '',
          hashTtd: null,
          masalahIsi: [],
          riwayat: log,
          now,
          mulaiPenyusunan: mulaiPenyusunan(k.settings),
          periodePengukuran: k.settings.periodePengukuran,
        },
        { aksi: next.aksi, dokumen, nipPemilik: p.nip },
      );
      if (since === null || since > now) continue;
      const waited = menitKerja(k.settings, since, now);
      const standar = standarMenit(k.settings, langkah(next.langkah).waktu);
      if (waited <= standar) continue;
      const who =
        next.peran === 'pegawai'
          ? [p]
          : next.peran === 'atasan'
            ? penilaiOf(k.org, p.nip).map((s) => s.pegawai)
            : k.org.administrators;
      for (const w of who)
        out.push({
          kepada: w.email,
          nama: p.nama,
          dokumen,
          langkah: next.langkah,
          menunggu: waited,
          standar,
        });
    }
  }
  return out;
}

export function reminderEmails(k: Kantor, now: number, spreadsheetUrl: string): Email[] {
  const lang = k.settings.bahasa;
  const perHari = menitPerHari(k.settings);
  const byRecipient = new Map<string, Tertunda[]>();
  for (const item of tertunda(k, now))
    byRecipient.set(item.kepada, [...(byRecipient.get(item.kepada) ?? []), item]);
  return [...byRecipient].map(([to, items]) => ({
    to,
    subject: `[Kinerja] ${t('email.pengingat.subjek', { jumlah: items.length }, lang)}`,
    body: `${salam(k, to, lang)}\n\n${t('email.pengingat.pembuka', { waktu: formatWaktu(now, k.settings.offsetMenit) }, lang)}\n${items
      .map(
        (i) =>
          `- ${t(
            'email.pengingat.baris',
            {
              dokumen: labelDokumen(i.dokumen, k.settings.tahun),
              nama: i.nama,
              langkah: i.langkah,
              kegiatan: langkah(i.langkah).kegiatan,
              menunggu: formatMenitKerja(i.menunggu, perHari, lang),
              standar: formatMenitKerja(i.standar, perHari, lang),
            },
            lang,
          )}`,
      )
      .join('\n')}\n\n${spreadsheetUrl}\n\n${t('email.otomatis', {}, lang)}`,
  }));
}
