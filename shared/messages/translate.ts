// Turning message keys and problems into the text users read.
import type { Problem } from '../problems';
import { CATALOG, type Lang, type MessageKey } from './catalog';

export function t(
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {},
  lang: Lang = 'id',
): string {
  const template: string = CATALOG[key][lang];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = String(params[name]);
    // A parameter `@key` is itself a message, translated into the same language.
    return value.startsWith('@') && Object.prototype.hasOwnProperty.call(CATALOG, value.slice(1))
      ? t(value.slice(1) as MessageKey, {}, lang)
      : value;
  });
}

/** `Tab IKI, baris 5, kolom Target: "1.5" bukan angka yang sah. ...` */
export function describeProblem(problem: Problem, lang: Lang = 'id'): string {
  const place = [
    problem.tab !== undefined ? t('tempat.tab', { tab: problem.tab }, lang) : null,
    problem.row !== undefined ? t('tempat.baris', { row: problem.row }, lang) : null,
    problem.column !== undefined ? t('tempat.kolom', { column: problem.column }, lang) : null,
  ].filter((x): x is string => x !== null);
  const message = t(problem.key, problem.params ?? {}, lang);
  return place.length > 0 ? `${place.join(', ')}: ${message}` : message;
}

/** Text made safe to put in HTML. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
