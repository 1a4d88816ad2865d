// `kinerja bukti`: the local mode's evidence upload (issue 11 item 6). The file is copied into the
// workbook's evidence folder next to the .xlsx (`<workbook>-bukti/<year>/<person>/<quarter>/`), and the
// indicator's Bukti Pendukung cell gets its link, relative to the workbook: the folder travels with it.
// Where the file goes and which cell changes are the core's (shared/bukti); this shell copies and saves.
import { constants } from 'node:fs';
import { access, copyFile, mkdir, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import {
  describeProblem,
  namaAman,
  namaBerkasBukti,
  type PermintaanBukti,
  parseKantor,
  pengukuranTab,
  type Result,
  TAB_NAMES,
  TRIWULAN,
  type Triwulan,
  t,
  tujuanBukti,
  tulisanBukti,
} from '../../shared';
import type { Io } from './commands';
import { LocalError } from './local-error';
import { withWorkbook } from './workbook-lock';
import type { XlsxWorkbook } from './xlsx-workbook';

/** A quarter as typed: `TW1`, `TW I`, `I`, `1`. */
export function parseTriwulan(raw: string): Triwulan {
  const v = raw
    .trim()
    .toUpperCase()
    .replace(/^TW\s*/, '');
  const found = TRIWULAN.find((r, i) => r === v || String(i + 1) === v);
  if (!found) throw new LocalError('cli.triwulanTidakDikenal', { nilai: raw }, 2);
  return found;
}

/** The evidence folder of a workbook, as its name appears in the links: `kantor-bukti`. */
export function folderBuktiLokal(file: string): string {
  return `${namaAman(basename(file).replace(/\.xlsx$/i, ''))}-bukti`;
}

/**
 * Store an evidence file in the workbook's evidence folder and fill its link (the caller holds the lock and
 * saves): the one local path of `kinerja bukti` and the preview's upload.
 */
export async function simpanBuktiLokal(
  file: string,
  wb: XlsxWorkbook,
  email: string,
  req: PermintaanBukti,
  asli: string,
  tulis: (target: string) => Promise<void>,
): Promise<Result<{ kode: string; triwulan: Triwulan; link: string; target: string }>> {
  const k = parseKantor(wb.readTables(TAB_NAMES));
  const tujuan = tujuanBukti(k, email, req);
  if (!tujuan.ok) return tujuan;
  const folder = folderBuktiLokal(file);
  const name = namaBerkasBukti(tujuan.value.kode, basename(asli));
  const target = join(dirname(resolve(file)), folder, ...tujuan.value.folder, name);
  await mkdir(dirname(target), { recursive: true });
  await tulis(target);
  const link = [folder, ...tujuan.value.folder, name].join('/');
  const { writes, append } = tulisanBukti(k, tujuan.value, link);
  if (writes.length) wb.writeRanges(writes);
  if (append.length) wb.appendRows(pengukuranTab.name, append);
  return { ok: true, value: { kode: tujuan.value.kode, triwulan: tujuan.value.triwulan, link, target } };
}

export async function buktiCommand(
  io: Io,
  file: string,
  source: string,
  opts: { as: string; kode: string; tw: string; nip?: string },
): Promise<number> {
  const triwulan = parseTriwulan(opts.tw);
  const readable = await access(source, constants.R_OK)
    .then(() => stat(source))
    .then((s) => s.isFile())
    .catch(() => false);
  if (!readable) throw new LocalError('cli.buktiTidakAda', { path: source }, 1);
  return withWorkbook(file, async ({ wb }) => {
    const nip = opts.nip ? opts.nip.replace(/\s+/g, '') : null;
    const r = await simpanBuktiLokal(
      file,
      wb,
      opts.as,
      { kode: opts.kode, triwulan, nip },
      source,
      (target) => copyFile(source, target),
    );
    if (!r.ok) {
      for (const p of r.problems) io.err(describeProblem(p, io.lang));
      return { value: 1, save: false };
    }
    io.out(t('cli.buktiTersimpan', { kode: r.value.kode, tw: triwulan, tautan: r.value.link }, io.lang));
    io.out(`  ${r.value.target}`);
    return { value: 0, save: true };
  });
}
