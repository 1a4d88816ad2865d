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
  parseKantor,
  pengukuranTab,
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

export async function buktiCommand(
  io: Io,
  file: string,
  source: string,
  opts: { as: string; kode: string; tw: string; nip?: string },
): Promise<number> {
  const triwulan = parseTriwulan(opts.tw);
  const ok = await access(source, constants.R_OK)
    .then(() => stat(source))
    .then((s) => s.isFile())
    .catch(() => false);
  if (!ok) throw new LocalError('cli.buktiTidakAda', { path: source }, 1);
  return withWorkbook(file, async ({ wb }) => {
    const k = parseKantor(await wb.readTables(TAB_NAMES));
    const tujuan = tujuanBukti(k, opts.as, {
      kode: opts.kode,
      triwulan,
      nip: opts.nip ? opts.nip.replace(/\s+/g, '') : null,
    });
    if (!tujuan.ok) {
      for (const p of tujuan.problems) io.err(describeProblem(p, io.lang));
      return { value: 1, save: false };
    }
    const folder = folderBuktiLokal(file);
    const name = namaBerkasBukti(tujuan.value.kode, basename(source));
    const target = join(dirname(resolve(file)), folder, ...tujuan.value.folder, name);
    await mkdir(dirname(target), { recursive: true });
    await copyFile(source, target);
    const link = [folder, ...tujuan.value.folder, name].join('/');
    const { writes, append } = tulisanBukti(k, tujuan.value, link);
    if (writes.length) wb.writeRanges(writes);
    if (append.length) wb.appendRows(pengukuranTab.name, append);
    io.out(t('cli.buktiTersimpan', { kode: tujuan.value.kode, tw: triwulan, tautan: link }, io.lang));
    io.out(`  ${target}`);
    return { value: 0, save: true };
  });
}
