// Warnings about the office as a whole: what does not block anyone's action but leaves the office's own
// performance (the IKU) incomplete, or its portions not adding up. `kinerja validate` and "Periksa data"
// print them; the sidebar shows the Pengelola Kinerja all of them and each person their own.

import { peringatanPorsi } from '../capaian/porsi';
import { atasanTtdDari, ikiByNip } from '../cascade/check';
import { pohonKinerja } from '../cascade/pohon';
import type { Problem } from '../problems';
import type { Kantor } from './parse';

export function peringatanKantor(k: Kantor): Problem[] {
  return [...peringatanIku(k), ...peringatanPorsi(k)];
}

function peringatanIku(k: Kantor): Problem[] {
  const out: Problem[] = [];
  // a new year with last year's holiday list: SOP timing would count the new year's holidays as working days
  const tahun = k.settings.tahun;
  if (k.settings.hariLibur.length > 0 && !k.settings.hariLibur.some((d) => d.startsWith(`${tahun}-`)))
    out.push({ key: 'peringatan.liburTahunLain', tab: 'Pengaturan', column: 'Nilai', params: { tahun } });
  const head = k.org.head;
  if (!head) return out; // no single head: an org problem already says so
  const place = { owner: head.nip };
  if ((ikiByNip(k.iki).get(head.nip) ?? []).length === 0) {
    out.push({
      ...place,
      key: 'peringatan.pimpinanTanpaIki',
      tab: 'IKI',
      params: { nama: head.nama, nip: head.nip },
    });
    return out;
  }
  if (!k.settings.namaKepalaDaerah.trim() || !k.settings.jabatanKepalaDaerah.trim())
    out.push({ ...place, key: 'peringatan.kepalaDaerahKosong', tab: 'Pengaturan', column: 'Nilai' });
  for (const iku of pohonKinerja(k.org, k.iki, () => null, atasanTtdDari(k.alur, k.riwayat)).ikuTanpaDukungan)
    out.push({ ...place, key: 'peringatan.ikuTanpaDukungan', tab: 'IKI', params: { ...iku } });
  return out;
}
