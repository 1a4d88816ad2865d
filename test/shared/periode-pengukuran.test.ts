// Periode Pengukuran (issue 11 item 5): Triwulan (default) or Semester. Per semester, TW II and TW IV are the
// semester reports (two quarters each): TW I and TW III are nobody's document (refused, never reminded, in
// no recap), indicators' measured quarters move to the semester ends, recaps are "Semester I / II", the year
// compiles TW II and TW IV, and a lateness is reported in its semester's recap.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judulDokumen } from '../../functions/render/recap-parts';
import {
  DEMO_NIP,
  DEMO_PEGAWAI,
  DEMO_SETTINGS,
  defaultSettingRows,
  demoTables,
  describeProblem,
  dokumenSiklus,
  masalahRa,
  pengaturanTab,
  polaOf,
  readSettings,
  readTab,
  sidebarView,
  tertunda,
  writeTab,
} from '../../shared';
import { doAction, kantorOf, rekap, replayDemo, sha256 } from '../support/driver';
import { MemoryWorkbook } from '../support/memory-workbook';

const EKO = DEMO_NIP.stafTu;
const mail = (nip: string) => DEMO_PEGAWAI.find((p) => p.nip === nip)?.email as string;

/** The demo office measured per semester, PK and RA signed and archived. */
function semesterOffice(): MemoryWorkbook {
  const tables = {
    ...demoTables(),
    Pengaturan: writeTab(
      pengaturanTab,
      defaultSettingRows({ ...DEMO_SETTINGS, 'Periode Pengukuran': 'Semester' }),
    ),
  };
  const wb = new MemoryWorkbook(tables);
  replayDemo(wb, Number.POSITIVE_INFINITY, (d) => !d.startsWith('TW'));
  return wb;
}

describe('the Periode Pengukuran setting', () => {
  it('is Triwulan by default, reads Semester, and names the cell of a value it does not know', () => {
    const read = (v: string) =>
      readSettings(
        readTab(pengaturanTab, writeTab(pengaturanTab, defaultSettingRows({ 'Periode Pengukuran': v }))).rows,
      );
    expect(read('').settings.periodePengukuran).toBe('Triwulan');
    expect(read('Semester').settings.periodePengukuran).toBe('Semester');
    expect(read('semesteran').settings.periodePengukuran).toBe('Semester');
    expect(read('Triwulan').settings.periodePengukuran).toBe('Triwulan');
    const bad = read('Bulanan');
    expect(bad.settings.periodePengukuran).toBe('Triwulan');
    expect(bad.problems.map((p) => describeProblem(p))).toEqual([
      expect.stringMatching(/^Tab Pengaturan, baris \d+, kolom Nilai: .*Bulanan.*Triwulan atau Semester/),
    ]);
  });

  it('per semester the cycle is PK, RA, TW2 and TW4', () => {
    expect(dokumenSiklus('Triwulan')).toEqual(['PK', 'RA', 'TW1', 'TW2', 'TW3', 'TW4']);
    expect(dokumenSiklus('Semester')).toEqual(['PK', 'RA', 'TW2', 'TW4']);
  });

  it("moves an indicator's measured quarters to the semester ends, never out of its own semesters (property)", () => {
    const periode = fc.oneof(
      fc.constantFrom('', 'Semester', 'Tahunan', 'Tahun Berikutnya'),
      fc.subarray(['TW I', 'TW II', 'TW III', 'TW IV'], { minLength: 1 }).map((xs) => xs.join(', ')),
    );
    fc.assert(
      fc.property(
        periode,
        fc.constantFrom('Jumlah', 'Nilai Akhir') as fc.Arbitrary<string>,
        (p, agregasi) => {
          const iki = { agregasi, periodeUkur: p };
          const tw = polaOf(iki, 'Triwulan').periode;
          const sem = polaOf(iki, 'Semester').periode;
          expect(sem.triwulan.every((q) => q === 2 || q === 4)).toBe(true);
          // a semester is measured exactly when one of its quarters was
          expect(sem.triwulan.includes(2)).toBe(tw.triwulan.some((q) => q <= 2));
          expect(sem.triwulan.includes(4)).toBe(tw.triwulan.some((q) => q >= 3));
          expect(sem.tahunBerikutnya).toBe(tw.tahunBerikutnya);
        },
      ),
    );
  });
});

describe('an office measured per semester', () => {
  const JULY = Date.parse('2026-07-06T08:00:00+07:00');

  it('refuses TW1 and TW3, takes TW2 as the report of January-June', () => {
    const wb = semesterOffice();
    const tw1 = doAction(wb, mail(EKO), 'ajukan', EKO, 'TW1', JULY);
    expect(tw1.ok).toBe(false);
    if (!tw1.ok) expect(tw1.problems.map((p) => p.key)).toEqual(['alur.bukanPeriodePengukuran']);
    expect(doAction(wb, mail(EKO), 'ajukan', EKO, 'TW3', JULY).ok).toBe(false);
    expect(doAction(wb, mail(EKO), 'ajukan', EKO, 'TW2', JULY).ok).toBe(true);
  });

  it('shows and reminds only the semester reports', () => {
    const wb = semesterOffice();
    const k = kantorOf(wb);
    const docs = sidebarView(k, mail(EKO), sha256, { now: JULY }).dokumenSaya?.map((d) => d.dokumen);
    expect(docs).toEqual(['PK', 'RA', 'TW2', 'TW4']);
    // late in October: Semester I is overdue for everyone, and nobody is reminded of TW I or TW III
    const late = tertunda(k, Date.parse('2026-10-20T08:00:00+07:00'));
    expect(late.length).toBeGreaterThan(0);
    expect(new Set(late.map((x) => x.dokumen))).toEqual(new Set(['TW2']));
  });

  it('needs no Rencana Aksi target for TW I and TW III', () => {
    const k = kantorOf(semesterOffice());
    const problems = k.iki.flatMap((r) => masalahRa(k, r.value.nip, r.value));
    expect(problems).toEqual([]);
    const columns = (wb: MemoryWorkbook) => {
      const kk = kantorOf(wb);
      return kk.iki.flatMap((r) => masalahRa(kk, r.value.nip, r.value)).map((p) => p.column);
    };
    // blank the TW I targets of every action: a Triwulan office is asked for them, a Semester one is not
    const blanked = (mode: string) => {
      const t = demoTables();
      const ra = t['Rencana Aksi'].map((row, i) =>
        i === 0 ? row : row.map((c, j) => (t['Rencana Aksi'][0]?.[j] === 'Target TW I' ? null : c)),
      );
      return new MemoryWorkbook({
        ...t,
        'Rencana Aksi': ra,
        Pengaturan: writeTab(
          pengaturanTab,
          defaultSettingRows({ ...DEMO_SETTINGS, 'Periode Pengukuran': mode }),
        ),
      });
    };
    expect(columns(blanked('Triwulan'))).toContain('Target TW I');
    expect(columns(blanked('Semester'))).not.toContain('Target TW I');
  });

  it('compiles Semester I, Semester II and the year from TW2 and TW4; a TW1 recap does not exist', () => {
    const wb = semesterOffice();
    const tw1 = rekap(wb, 'TW1', JULY);
    expect(tw1.ok).toBe(false);
    if (!tw1.ok) expect(describeProblem(tw1.problems[0] as never)).toContain('Pilih TW2 (Semester I)');
    const s1 = rekap(wb, 'TW2', JULY);
    if (!s1.ok) throw new Error('refused');
    expect([s1.value.labelPeriode, s1.value.judul]).toEqual([
      'Semester I',
      'Laporan Pengukuran Kinerja Semester I Tahun 2026',
    ]);
    // the document says so too (functions/render/recap-parts.ts)
    expect(judulDokumen(s1.value)).toBe('Laporan Pengukuran Kinerja Semester I Tahun 2026');
    const eko = s1.value.units.flatMap((u) => u.pegawai).find((p) => p.nip === EKO);
    expect(eko?.indikator.every((i) => i.perTriwulan[0]?.keadaan === 'tidak diukur')).toBe(true);
    expect(eko?.indikator.every((i) => i.periode.keadaan === 'diukur')).toBe(true);
    const s2 = rekap(wb, 'TW4', JULY);
    expect(s2.ok && s2.value.labelPeriode).toBe('Semester II');
    // the year compiles TW2 and TW4: Eko, who reported both semesters, has reported the year
    const JANUARY = Date.parse('2027-01-04T08:00:00+07:00');
    // step 9 (measure) then step 10 (report), for each semester
    for (const [d, at] of [
      ['TW2', JULY],
      ['TW2', JULY + 60_000],
      ['TW4', JANUARY],
      ['TW4', JANUARY + 60_000],
    ] as const)
      expect(doAction(wb, mail(EKO), 'ajukan', EKO, d, at).ok).toBe(true);
    const year = rekap(wb, 'TAHUNAN', JANUARY);
    if (!year.ok) throw new Error('refused');
    const ekoYear = year.value.units.flatMap((u) => u.pegawai).find((p) => p.nip === EKO);
    expect(ekoYear?.sudahMelapor).toBe(true);
    expect(year.value.ringkasan.belumMelapor.map((o) => o.nip)).not.toContain(EKO);
    expect(year.value.ringkasan.belumMelapor.length).toBeGreaterThan(0);
  });

  it('reports a January lateness once, in the Semester I recap', () => {
    const triwulan = new MemoryWorkbook(demoTables());
    replayDemo(triwulan, Number.POSITIVE_INFINITY, (d) => !d.startsWith('TW'));
    const q1 = rekap(triwulan, 'TW1', JULY);
    if (!q1.ok) throw new Error('refused');
    const januari = q1.value.ringkasan.langkahTerlambat;
    expect(januari.length).toBeGreaterThan(0);
    const wb = semesterOffice();
    const s1 = rekap(wb, 'TW2', JULY);
    const s2 = rekap(wb, 'TW4', JULY);
    if (!s1.ok || !s2.ok) throw new Error('refused');
    expect(s1.value.ringkasan.langkahTerlambat.map((l) => [l.langkah, l.nip])).toEqual(
      januari.map((l) => [l.langkah, l.nip]),
    );
    expect(s2.value.ringkasan.langkahTerlambat).toEqual([]);
  });
});
