// How a recap above Google Docs' size is split (functions/recap/pipeline.ts renderParts), with a renderer
// that prints a known number of characters per employee: every part fits, every employee is in exactly one
// part, and a document certain to be split is never rendered whole first (the cost of a large office's
// annual recap: the whole would be rendered, measured and thrown away).
import { createHash } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  docxCharacters,
  PART_CHARACTER_BUDGET,
  perkiraanTeks,
  renderParts,
} from '../../functions/recap/pipeline';
import { renderLaporanTahunan } from '../../functions/render/annual-docx';
import {
  compileRekap,
  type Decimal,
  type ModelRekap,
  parseKantor,
  type RekapIndikator,
  rincianDiBagian,
  syntheticTables,
  t,
  trenCapaian,
} from '../../shared';
import { readDocx } from '../support/docx-text';
import { docxCharacters as asDocsCounts } from '../support/google-api-server';

const sha = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');

function modelOf(n: number): ModelRekap {
  const k = parseKantor(syntheticTables(n, 10) as never);
  const r = compileRekap(k, 'TAHUNAN', Date.parse('2027-01-04T10:00:00+07:00'), sha, { strict: false });
  if (!r.ok) throw new Error('compile failed');
  return r.value;
}

/** A DOCX whose text is `fixed` characters plus `perEmployee` for each employee of the model. */
function fakeRender(perEmployee: number, fixed: number, calls: number[]) {
  return async (m: ModelRekap): Promise<Buffer> => {
    const employees = m.units.reduce((n, u) => n + u.pegawai.length, 0);
    calls.push(employees);
    const text = 'x'.repeat(fixed + perEmployee * employees);
    const xml = `<w:document><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`;
    return Buffer.from(zipSync({ 'word/document.xml': strToU8(xml) }, { level: 0 }));
  };
}

function expectSplit(model: ModelRekap, parts: Awaited<ReturnType<typeof renderParts>>): void {
  expect(parts.length).toBeGreaterThan(2);
  for (const p of parts) expect(p.characters).toBeLessThanOrEqual(PART_CHARACTER_BUDGET);
  const nips = parts.flatMap((p) => p.nips);
  expect(nips.sort()).toEqual(model.units.flatMap((u) => u.pegawai.map((p) => p.nip)).sort());
  expect(parts[0]?.nips).toEqual([]); // the summary
}

describe('splitting a recap above the size Google Docs holds', () => {
  it('renders a large office by parts only: never the whole document first', async () => {
    const model = modelOf(600);
    // the model holds more than three budgets of text: certain to be split
    const estimate = model.units.flatMap((u) => u.pegawai).reduce((n, p) => n + perkiraanTeks(p), 0);
    expect(estimate).toBeGreaterThan(3 * PART_CHARACTER_BUDGET);
    const calls: number[] = [];
    const parts = await renderParts(model, fakeRender(4000, 20_000, calls));
    expectSplit(model, parts);
    expect(Math.max(...calls)).toBeLessThan(600);
    // calibrated on the first part: the parts after it are packed close to the target, not one per unit
    expect(parts.length).toBeLessThanOrEqual(1 + Math.ceil((600 * 4000) / (0.8 * PART_CHARACTER_BUDGET)) + 1);
  });

  it('lets each unit’s employees go once their part is rendered, with the same parts', async () => {
    const kept = modelOf(600);
    const released = modelOf(600);
    const parts = await renderParts(kept, fakeRender(4000, 20_000, []));
    const same = await renderParts(released, fakeRender(4000, 20_000, []), { lepas: true });
    const view = (ps: typeof parts) =>
      ps.map(({ title, periode, characters, nips }) => [title, periode, characters, nips]);
    expect(view(same)).toEqual(view(parts));
    expectSplit(kept, same);
    expect(released.units.flatMap((u) => u.pegawai)).toEqual([]);
    expect(kept.units.flatMap((u) => u.pegawai)).toHaveLength(600);
  });

  it('renders a document that may fit whole first, and splits it when it does not fit', async () => {
    const model = modelOf(100);
    const calls: number[] = [];
    const parts = await renderParts(model, fakeRender(15_000, 20_000, calls));
    expect(calls[0]).toBe(100);
    expectSplit(model, parts);
    const one = await renderParts(model, fakeRender(100, 20_000, []));
    expect(one).toHaveLength(1);
    expect(one[0]?.nips).toHaveLength(100);
  });

  it("keeps every unit's and the whole office's TW I-IV trend in the summary and in each part", async () => {
    const model = modelOf(100);
    const seen: ModelRekap[] = [];
    const fake = fakeRender(15_000, 20_000, []);
    const parts = await renderParts(model, (m) => {
      seen.push(m);
      return fake(m);
    });
    expect(parts.length).toBeGreaterThan(2);
    // the definition, from the whole model: the mean of the computed capaian of each quarter alone
    const mean = (indikator: RekapIndikator[]) =>
      [0, 1, 2, 3].map((q) => {
        const v = indikator.flatMap((i) => {
          const c = i.perTriwulan[q]?.capaian;
          return c?.status === 'terhitung' ? [c.nilai] : [];
        });
        return v.length
          ? v
              .reduce((a, b) => a.plus(b))
              .div(v.length)
              .toFixed(6)
          : null;
      });
    const office = mean(model.units.flatMap((u) => u.pegawai.flatMap((p) => p.indikator)));
    expect(office.every((x) => x !== null)).toBe(true);
    const perUnit = new Map(
      model.units.map((u) => [u.unitKerja, mean(u.pegawai.flatMap((p) => p.indikator))]),
    );
    const fixed = (xs: readonly (Decimal | null)[]) => xs.map((x) => x?.toFixed(6) ?? null);
    // the summary holds no employee, a part some: the lines are the same
    expect(seen.some((m) => m.units.every((u) => u.pegawai.length === 0))).toBe(true);
    for (const m of seen) {
      const lines = trenCapaian(m, 'Instansi');
      expect(lines.map((l) => l.label)).toEqual([...m.units.map((u) => u.unitKerja), 'Instansi']);
      expect(fixed(lines.at(-1)?.nilai ?? [])).toEqual(office);
      for (const [i, u] of m.units.entries())
        expect(fixed(lines[i]?.nilai ?? [])).toEqual(perUnit.get(u.unitKerja));
    }
  });
});

describe('the summary of a split recap', () => {
  it('counts each unit’s employees and the office’s compliance, and leaves the employees’ tables to the parts', async () => {
    const model = modelOf(600);
    // the definitions, from the whole model before its employees are let go
    const employees = model.units.flatMap((u) => u.pegawai);
    const units = model.units.map((u) => [
      u.unitKerja,
      String(u.pegawai.length),
      String(u.pegawai.reduce((n, p) => n + p.indikator.length, 0)),
    ]);
    const n = (f: (p: (typeof employees)[number]) => boolean) => String(employees.filter(f).length);
    const compliance = t(
      'doc.lkjip.kepatuhanTeks',
      {
        pegawai: employees.length,
        pk: n((p) => p.kodeVerifikasiPk !== null),
        ra: n((p) => p.berkas.RA === 'Diarsipkan'),
        dilaporkan: n((p) => p.sudahMelapor),
        dievaluasi: n((p) => p.sudahDievaluasi),
        terlambat: model.ringkasan.langkahTerlambat.length,
      },
      'id',
    );
    const seen: ModelRekap[] = [];
    const parts = await renderParts(
      model,
      (m) => {
        seen.push(m);
        return fakeRender(4000, 20_000, [])(m);
      },
      { lepas: true },
    );
    expect(parts.length).toBeGreaterThan(2);
    // rendered last, once every part's employees are let go
    const summary = seen.at(-1) as ModelRekap;
    expect(summary.judul).toMatch(/Ringkasan$/);
    expect(rincianDiBagian(summary)).toBe(true);
    const doc = await readDocx(await renderLaporanTahunan(summary));
    const unitTable = doc.tables.find((tb) => tb[0]?.[0] === 'Unit Kerja' && tb[0]?.[1] === 'Jumlah Pegawai');
    expect(unitTable?.slice(1)).toEqual(units);
    expect(doc.paragraphs).toContain(compliance);
    expect(doc.paragraphs).toContain(t('doc.bagian.rincianDiBagian', {}, 'id'));
    // no employee's table is left empty in it
    expect(doc.tables.filter((tb) => tb[0]?.includes('Pangkat/Golongan'))).toEqual([]);
  });
});

describe('counting a DOCX’s characters as Docs does', () => {
  it('counts the runs of a DOCX it did not render (read from the file) as the API server counts them', () => {
    // runs with entities, tables and tabs
    const runs = Array.from(
      { length: 40_000 },
      (_, i) =>
        `<w:r><w:t xml:space="preserve">a&amp;b ${i} &#233;</w:t></w:r><w:tbl><w:tc><w:t>x</w:t></w:tc></w:tbl><w:tab/>`,
    ).join('');
    const xml = `<w:document><w:body><w:p>${runs}</w:p></w:body></w:document>`;
    for (const level of [0, 6] as const) {
      const docx = Buffer.from(
        zipSync(
          { 'word/document.xml': strToU8(xml), 'word/styles.xml': strToU8('<w:t>not counted</w:t>') },
          { level },
        ),
      );
      expect(docxCharacters(docx)).toBe(asDocsCounts(docx));
      // each run: "a&b i é" as 'a_b i _' (an entity is one character), then the table cell's "x"
      let expected = 0;
      for (let i = 0; i < 40_000; i++) expected += `a_b ${i} _`.length + 1;
      expect(docxCharacters(docx)).toBe(expected);
    }
    expect(docxCharacters(Buffer.from(zipSync({ 'word/document.xml': strToU8('<w:document/>') })))).toBe(0);
  });
});
