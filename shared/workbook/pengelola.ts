// Who acts as the Pengelola Kinerja when nobody is named (a scheduled recap, the CLI without --as, the
// recap's signature block): decided here once.
import type { Pegawai } from '../org/tree';
import type { Kantor } from './parse';

/** The `Email Pengelola` setting, else the first Pengelola Kinerja of the Pegawai tab; null when none. */
export function emailPengelolaBawaan(k: Pick<Kantor, 'org' | 'settings'>): string | null {
  return k.settings.emailPengelola || k.org.administrators[0]?.email || null;
}

/** The administrator who signs a recap: the default one if they are a Pengelola Kinerja, else the first. */
export function pengelolaBawaan(k: Pick<Kantor, 'org' | 'settings'>): Pegawai | null {
  const email = emailPengelolaBawaan(k);
  return k.org.administrators.find((a) => a.email === email) ?? k.org.administrators[0] ?? null;
}
