// The number and date conventions of the locales an office can choose (default id-ID).

export const LOCALES = {
  'id-ID': { group: '.', decimal: ',' },
  'en-US': { group: ',', decimal: '.' },
} as const;

export type LocaleCode = keyof typeof LOCALES;

export function isLocaleCode(value: string): value is LocaleCode {
  return Object.prototype.hasOwnProperty.call(LOCALES, value);
}

export const BULAN = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;
