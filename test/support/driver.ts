// Drives workflow actions through the action service against a memory workbook: the test shell's ports.
import { createHash } from 'node:crypto';
import {
  type Aksi,
  compileRekap,
  type Diarsip,
  type Dokumen,
  demoScenario,
  type HasilAksi,
  jalankan,
  type LangkahDemo,
  type Periode,
  type PortAksi,
  parseKantor,
  type Result,
  TAB_NAMES,
  TANPA_KUNCI,
} from '../../shared';
import type { MemoryWorkbook } from './memory-workbook';

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** Monday 2 February 2026, 08:00 WIB. */
export const T0 = Date.parse('2026-02-02T08:00:00+07:00');
export const MINUTE = 60_000;

export function kantorOf(wb: MemoryWorkbook) {
  return parseKantor(wb.readTables(TAB_NAMES));
}

/** The test shell's ports: the memory workbook, no lock needed, emails and filed documents recorded. */
export function testPorts(
  wb: MemoryWorkbook,
  now: number,
  out: { emails?: { to: string; subject: string }[]; filed?: { nip: string; jenis: 'PK' | 'RA' }[] } = {},
): PortAksi<Diarsip | null> {
  return {
    workbook: wb,
    lock: TANPA_KUNCI,
    mailer: { tautan: 'memory:', send: (to, subject) => void out.emails?.push({ to, subject }) },
    filer: (_k, nip, jenis) => {
      out.filed?.push({ nip, jenis });
      return null;
    },
    clock: () => now,
    sha256,
    jangkar: wb.anchor,
  };
}

export function doAction(
  wb: MemoryWorkbook,
  email: string,
  aksi: Aksi,
  nipPemilik: string,
  dokumen: Dokumen,
  now: number,
  extra: { catatan?: string; hashDilihat?: string; tanggalTtd?: string; tautanTtd?: string | null } = {},
): Result<HasilAksi> {
  const req = {
    aksi,
    dokumen,
    nip: nipPemilik,
    catatan: extra.catatan ?? null,
    hash: extra.hashDilihat ?? null,
    tanggalTtd: extra.tanggalTtd ?? null,
    tautanTtd: extra.tautanTtd ?? null,
  };
  const batch = jalankan(testPorts(wb, now), email, [req]).batch;
  const done = batch?.done[0];
  return done ? { ok: true, value: done } : { ok: false, problems: [...(batch?.refused ?? [])] };
}

export function rekap(wb: MemoryWorkbook, periode: Periode, now: number, strict = false) {
  return compileRekap(kantorOf(wb), periode, now, sha256, { strict });
}

/** Replay the demo year's workflow actions (not the recaps) up to `until`, keeping those `keep` accepts. */
export function replayDemo(
  wb: MemoryWorkbook,
  until = Number.POSITIVE_INFINITY,
  keep: (dokumen: Dokumen) => boolean = () => true,
): { step: LangkahDemo; result: Result<HasilAksi> }[] {
  const done: { step: LangkahDemo; result: Result<HasilAksi> }[] = [];
  for (const step of demoScenario()) {
    if ('rekap' in step || step.waktu > until || !keep(step.dokumen)) continue;
    const extra = {
      ...(step.catatan ? { catatan: step.catatan } : {}),
      ...(step.tanggalTtd ? { tanggalTtd: step.tanggalTtd, tautanTtd: step.tautanTtd ?? null } : {}),
    };
    done.push({
      step,
      result: doAction(wb, step.email, step.aksi, step.nip, step.dokumen, step.waktu, extra),
    });
  }
  return done;
}
