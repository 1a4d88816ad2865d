// The office dashboard's server functions (google.script.run): the gaps a recap would have, shown before
// compiling; and one click that reminds everyone something waits for past its SOP standard.

import type { ActionResult } from '../../shared';
import { isPeriode, kekuranganRekap, type Periode, reminderEmails, sidebarView, t } from '../../shared';
import { documentAnchor } from '../platform/anchor';
import { appsScriptSha256 } from '../platform/sha256';
import { load } from './context';

/** What the recap of `periode` would miss (empty: complete), in the user's language. */
export function periksaRekap(periode: Periode): string[] {
  const c = load();
  if (!isPeriode(periode))
    return [t('cli.periodeTidakDikenal', { periode: String(periode) }, c.kantor.settings.bahasa)];
  return kekuranganRekap(c.kantor, periode, c.now, appsScriptSha256);
}

/** The administrator sends the reminder now (the same email as the daily one) to everyone late. */
export function kirimPengingat(): ActionResult {
  const c = load();
  const lang = c.kantor.settings.bahasa;
  const view = sidebarView(c.kantor, c.email, appsScriptSha256, {
    jangkar: documentAnchor().baca(),
    now: c.now,
  });
  if (!view.saya?.pengelola) return { ok: false, pesan: [t('sidebar.pengingatBukanHak', {}, lang)], view };
  let sent = 0;
  const failed: string[] = [];
  for (const mail of reminderEmails(c.kantor, c.now, c.ss.getUrl())) {
    try {
      MailApp.sendEmail(mail.to, mail.subject, mail.body);
      sent++;
    } catch (error) {
      failed.push(
        t('addon.emailGagal', { kepada: mail.to, sebab: String((error as Error)?.message ?? error) }, lang),
      );
    }
  }
  return {
    ok: failed.length === 0,
    pesan: [t('sidebar.pengingatTerkirim', { jumlah: sent }, lang), ...failed],
    view,
  };
}
