// Patching a worksheet's XML: whatever rows exist and whatever cells are written, the sheet reads back as
// the model says, rows stay unique and in order, and untouched rows are kept byte for byte.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  APPEND_VIEW_BYTES,
  appendView,
  patchSheet,
  patchSheetBytes,
  type SheetEdits,
} from '../../functions/local/xlsx/sheet-patch';
import { columnLetters, readSheet } from '../../functions/local/xlsx/sheet-read';

const WIDTH = 6;
const ctx = { sharedStrings: [], styles: { dateStyle: [] }, date1904: false, text: () => undefined };
const unlockedStyles = { locked: (s: number) => s, unlocked: (s: number) => s };

type Value = string | number | null;
const value = fc.oneof(
  fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s.trim() !== ''),
  // text beyond ASCII (names, en dashes, scripts): the bytes patch must carry it as UTF-8
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }).filter((s) => s.trim() !== ''),
  fc.integer({ min: -1000, max: 1000 }),
  fc.constant(null),
);

function cellXml(r: number, c: number, v: Value): string {
  const ref = `${columnLetters(c)}${r}`;
  if (v === null) return `<c r="${ref}" s="1"/>`;
  if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
  const esc = v.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc}</t></is></c>`;
}

function sheetXml(rows: Map<number, Map<number, Value>>): string {
  const body = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(
      ([r, cells]) =>
        `<row r="${r}" spans="1:${WIDTH}">${[...cells.entries()]
          .sort(([a], [b]) => a - b)
          .map(([c, v]) => cellXml(r, c, v))
          .join('')}</row>`,
    )
    .join('');
  return `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:F1"/><sheetData>${body}</sheetData><pageMargins left="0.7"/></worksheet>`;
}

describe('patchSheet', () => {
  it('reads back as the model after any edits, rows unique and ordered, untouched rows unchanged', () => {
    const cells = fc.array(
      fc.tuple(fc.integer({ min: 2, max: 25 }), fc.integer({ min: 1, max: WIDTH }), value),
      {
        maxLength: 40,
      },
    );
    fc.assert(
      fc.property(cells, cells, (existing, edits) => {
        const model = new Map<number, Map<number, Value>>([
          [1, new Map(Array.from({ length: WIDTH }, (_, i) => [i + 1, `H${i + 1}`] as [number, Value]))],
        ]);
        for (const [r, c, v] of existing) {
          if (!model.has(r)) model.set(r, new Map());
          model.get(r)?.set(c, v);
        }
        const xml = sheetXml(model);
        const patch: SheetEdits = new Map();
        for (const [r, c, v] of edits) {
          if (!patch.has(r)) patch.set(r, new Map());
          patch.get(r)?.set(c, { value: v });
          if (!model.has(r)) model.set(r, new Map());
          model.get(r)?.set(c, v);
        }
        const out = patchSheet(xml, patch, unlockedStyles);
        // the package's save patches the part's bytes: the same XML, as UTF-8
        expect(patchSheetBytes(Buffer.from(xml, 'utf8'), patch, unlockedStyles).toString('utf8')).toBe(out);
        const rowNumbers = [...out.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
        expect(rowNumbers).toEqual([...new Set(rowNumbers)].sort((a, b) => a - b));
        for (const m of xml.matchAll(/<row r="(\d+)"[\s\S]*?<\/row>/g))
          if (!patch.has(Number(m[1]))) expect(out).toContain(m[0]);
        const read = readSheet('xl/worksheets/sheet1.xml', out, ctx).rows;
        for (const [r, row] of model)
          for (const [c, v] of row)
            expect(read[r - 1]?.[c - 1] ?? null, `${columnLetters(c)}${r}`).toEqual(v);
      }),
      { numRuns: 300 },
    );
  });

  it('writes text that XML cannot carry as escapes and reads it back', () => {
    const text = 'a\u0001b <c> & _x0041_ "d"';
    const out = patchSheet(
      sheetXml(new Map([[1, new Map([[1, 'H']])]])),
      new Map([[2, new Map([[1, { value: text }]])]]),
      unlockedStyles,
    );
    expect(readSheet('s.xml', out, ctx).rows[1]?.[0]).toBe(text);
    const bytes = patchSheetBytes(
      Buffer.from(sheetXml(new Map([[1, new Map([[1, 'Nama – Ünit']])]])), 'utf8'),
      new Map([[2, new Map([[1, { value: `${text} – é 漢` }]])]]),
      unlockedStyles,
    ).toString('utf8');
    expect(readSheet('s.xml', bytes, ctx).rows.map((r) => r[0])).toEqual(['Nama – Ünit', `${text} – é 漢`]);
  });
});

describe('patching a large sheet', () => {
  it('patches only its head and tail when rows are appended, to the bytes the whole text gives', () => {
    const rows = new Map<number, Map<number, Value>>();
    for (let r = 1; r <= 12_000; r++)
      rows.set(
        r,
        new Map(Array.from({ length: WIDTH }, (_, i) => [i + 1, `baris ${r} – ${i}`] as [number, Value])),
      );
    const plain = sheetXml(rows);
    // the same sheet with a namespace prefix, and with a last row that does not say its number
    const prefixed = plain
      .replace(/<(\/?)(worksheet|dimension|sheetData|row|c|is|t|v|pageMargins)\b/g, '<$1x:$2')
      .replace('xmlns=', 'xmlns:x=');
    const unnumbered = plain.replace(/<row r="12000"/, '<row');
    expect(Buffer.byteLength(plain)).toBeGreaterThan(APPEND_VIEW_BYTES);
    const edit = (...at: number[]): SheetEdits =>
      new Map(
        at.map((r) => [
          r,
          new Map([
            [1, { value: `baru ${r}` }],
            [WIDTH + 2, { value: r }],
          ]),
        ]),
      );
    for (const xml of [plain, prefixed, unnumbered])
      for (const patch of [
        edit(12_001),
        edit(12_001, 12_002, 12_010),
        edit(5, 12_001),
        edit(12_000),
        edit(1),
      ]) {
        const bytes = patchSheetBytes(Buffer.from(xml, 'utf8'), patch, unlockedStyles).toString('utf8');
        expect(bytes).toBe(patchSheet(xml, patch, unlockedStyles));
      }
    // only the head and the last row are read as text when every edit comes after the last row
    expect(appendView(Buffer.from(plain, 'utf8'), edit(12_001))?.text.length).toBeLessThan(2_000);
    expect(appendView(Buffer.from(prefixed, 'utf8'), edit(12_001, 12_002))?.text.length).toBeLessThan(2_000);
    for (const [xml, patch] of [
      [plain, edit(12_000)],
      [plain, edit(5, 12_001)],
      [unnumbered, edit(12_001)],
    ] as const)
      expect(appendView(Buffer.from(xml, 'utf8'), patch)).toBeNull();
    const out = patchSheetBytes(Buffer.from(plain, 'utf8'), edit(12_001), unlockedStyles).toString('utf8');
    expect(out).toContain('<dimension ref="A1:H12001"');
    expect(readSheet('s.xml', out, ctx).rows[12_000]?.[0]).toBe('baru 12001');
  });
});

describe('readSheet', () => {
  it('reads a date-styled number as a Date, and an impossible date as the number it holds', () => {
    const xml =
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Tanggal</t></is></c></row>' +
      '<row r="2"><c r="A2" s="1"><v>46027</v></c></row>' +
      '<row r="3"><c r="A3" s="1"><v>1E+20</v></c></row>' +
      '<row r="4"><c r="A4" s="1"><v>-5</v></c></row>' +
      '</sheetData></worksheet>';
    const rows = readSheet('s.xml', xml, { ...ctx, styles: { dateStyle: [false, true] } }).rows;
    expect(rows[1]?.[0]).toEqual(new Date(Date.UTC(2026, 0, 5)));
    expect(rows[2]?.[0]).toBe(1e20);
    expect(rows[3]?.[0]).toBe(-5);
  });
});
