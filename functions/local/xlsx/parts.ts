// The small parts of an .xlsx package read with a SAX parser (saxes): the workbook's sheets and where their
// XML lives, the shared strings, which cell styles are dates, and a sheet's relationships.
// Reference: ECMA-376 Part 1, 18.2 (workbook), 18.4 (shared strings), 18.8 (styles), and Part 2 (OPC
// relationships); built-in number formats 14-22 and 45-47 are dates (18.8.30).
import { posix } from 'node:path';
import { SaxesParser, type SaxesTagPlain } from 'saxes';

/** Element local name (without a namespace prefix such as `x:`). */
export const local = (name: string): string => {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
};

export function attr(tag: SaxesTagPlain, name: string): string | undefined {
  const a = tag.attributes[name];
  if (a !== undefined) return a;
  for (const [k, v] of Object.entries(tag.attributes)) if (local(k) === name) return v;
  return undefined;
}

/** Every opening tag of an XML text, in order (for the small parts). */
export function eachTag(xml: string, fn: (name: string, tag: SaxesTagPlain) => void): void {
  const p = new SaxesParser();
  p.on('opentag', (tag) => fn(local(tag.name), tag));
  p.write(xml).close();
}

export interface SheetRef {
  readonly name: string;
  /** Package path of the sheet XML, e.g. xl/worksheets/sheet1.xml. */
  readonly path: string;
}

export interface WorkbookParts {
  readonly sheets: readonly SheetRef[];
  readonly date1904: boolean;
  readonly sharedStringsPath: string | null;
  readonly stylesPath: string | null;
}

export function relsPathOf(part: string): string {
  return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
}

/** Relationship id -> { target package path (or external URL), type }. */
export function readRels(
  xml: string | undefined,
  part: string,
): Map<string, { target: string; type: string; external: boolean }> {
  const rels = new Map<string, { target: string; type: string; external: boolean }>();
  if (!xml) return rels;
  eachTag(xml, (name, tag) => {
    if (name !== 'Relationship') return;
    const id = attr(tag, 'Id');
    const target = attr(tag, 'Target') ?? '';
    const external = attr(tag, 'TargetMode') === 'External';
    const resolved = external
      ? target
      : target.startsWith('/')
        ? target.slice(1)
        : posix.normalize(posix.join(posix.dirname(part), target));
    if (id) rels.set(id, { target: resolved, type: attr(tag, 'Type') ?? '', external });
  });
  return rels;
}

export function readWorkbookParts(
  text: (path: string) => string | undefined,
  workbookPath = 'xl/workbook.xml',
): WorkbookParts {
  const xml = text(workbookPath);
  if (xml === undefined) throw new Error('no workbook part');
  const rels = readRels(text(relsPathOf(workbookPath)), workbookPath);
  const sheets: SheetRef[] = [];
  let date1904 = false;
  eachTag(xml, (name, tag) => {
    if (name === 'workbookPr') {
      const v = attr(tag, 'date1904');
      date1904 = v === '1' || v === 'true';
    }
    if (name === 'sheet') {
      const rel = rels.get(attr(tag, 'id') ?? '');
      const sheetName = attr(tag, 'name');
      if (rel && sheetName !== undefined && rel.type.endsWith('/worksheet'))
        sheets.push({ name: sheetName, path: rel.target });
    }
  });
  const ofType = (suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.target ?? null;
  return { sheets, date1904, sharedStringsPath: ofType('/sharedStrings'), stylesPath: ofType('/styles') };
}

/** The shared string table: rich text runs joined, phonetic runs left out. */
export function readSharedStrings(xml: string | undefined): string[] {
  const out: string[] = [];
  if (!xml) return out;
  const p = new SaxesParser();
  let current: string | null = null;
  let inT = false;
  let phonetic = 0;
  p.on('opentag', (tag) => {
    const n = local(tag.name);
    if (n === 'si') current = '';
    else if (n === 'rPh') phonetic++;
    else if (n === 't' && phonetic === 0) inT = true;
  });
  p.on('text', (s) => {
    if (inT && current !== null) current += s;
  });
  p.on('closetag', (tag) => {
    const n = local(tag.name);
    if (n === 't') inT = false;
    else if (n === 'rPh') phonetic--;
    else if (n === 'si') {
      out.push(decodeEscapes(current ?? ''));
      current = null;
    }
  });
  p.write(xml).close();
  return out;
}

/** ST_Xstring escapes: `_xHHHH_` stands for the character HHHH (ECMA-376 Part 1, 22.9.2.19). */
export function decodeEscapes(s: string): string {
  return s.indexOf('_x') < 0
    ? s
    : s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

const DATE_BUILTIN = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

export function isDateFormat(code: string): boolean {
  const stripped = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?!h\]|hh\]|m\]|mm\]|s\]|ss\])[^\]]*\]/gi, '')
    .split(';')[0] as string;
  return /[dmyhs]/i.test(stripped) && !/^general$/i.test(stripped.trim());
}

export interface Styles {
  /** For each cellXfs index: whether it formats numbers as dates. */
  readonly dateStyle: readonly boolean[];
}

export function readStyles(xml: string | undefined): Styles {
  const dateStyle: boolean[] = [];
  if (!xml) return { dateStyle };
  const custom = new Map<number, string>();
  let inCellXfs = false;
  const p = new SaxesParser();
  p.on('opentag', (tag) => {
    const n = local(tag.name);
    if (n === 'numFmt') custom.set(Number(attr(tag, 'numFmtId')), attr(tag, 'formatCode') ?? '');
    else if (n === 'cellXfs') inCellXfs = true;
    else if (n === 'xf' && inCellXfs) {
      const id = Number(attr(tag, 'numFmtId') ?? 0);
      const code = custom.get(id);
      dateStyle.push(code !== undefined ? isDateFormat(code) : DATE_BUILTIN.has(id));
    }
  });
  p.on('closetag', (tag) => {
    if (local(tag.name) === 'cellXfs') inCellXfs = false;
  });
  p.write(xml).close();
  return { dateStyle };
}
