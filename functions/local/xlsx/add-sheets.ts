// Adding worksheets to an office's package without rewriting it: each new tab's sheet part (and its notes:
// comments and their VML drawing) is copied from a package laid out by exceljs, its shared strings turned
// into inline strings (the office's shared string table is never rewritten), its style and conditional
// format indexes moved past the office's own (the laid-out package's formats are appended to styles.xml),
// and the workbook, its relationships and the content types each get one entry per part. Every other part
// of the office's package is copied byte for byte (charts, drawings, formulas, its own styles).
// Reference: ECMA-376 Part 1, 18.2.19 (sheet), 18.8.10/18.8.15/18.8.21/18.8.22/18.8.23/18.8.31 (cellXfs,
// dxfs, fills, fonts, borders, numFmts), 18.3.1.4 (c: t="s" and t="inlineStr"); Part 2 (OPC): 9.1
// relationships, 10.1.2 content types.
import { posix } from 'node:path';
import { readRels, readSharedStrings, readWorkbookParts, relsPathOf } from './parts';
import { escapeXml } from './sheet-patch';
import type { ZipPackage } from './zip';

const WORKSHEET = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const utf8 = (s: string) => Buffer.from(s, 'utf8');

/** The element prefix (`x:` or '') of a part whose root element is `root`. */
function prefixOf(xml: string, root: string): string {
  return new RegExp(`<(\\w+:)?${root}[\\s>]`).exec(xml)?.[1] ?? '';
}

/** The children of `<p:name ...>...</p:name>` (null when absent), with where the element starts and ends. */
function block(xml: string, p: string, name: string) {
  const m = new RegExp(`<${p}${name}(\\s[^>]*)?(?:/>|>([\\s\\S]*?)</${p}${name}>)`).exec(xml);
  return m ? { start: m.index, end: m.index + m[0].length, attrs: m[1] ?? '', inner: m[2] ?? '' } : null;
}

/** The top-level `<p:item .../>` or `<p:item>...</p:item>` elements of a block's content. */
function items(inner: string, p: string, item: string): string[] {
  return [
    ...inner.matchAll(new RegExp(`<${p}${item}\\b(?:[^>]*?/>|[^>]*>[\\s\\S]*?</${p}${item}>)`, 'g')),
  ].map((m) => m[0]);
}

/** Children in the order CT_Stylesheet requires (ECMA-376 Part 1, 18.8.39). */
const STYLE_ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];

interface StyleMerge {
  readonly xml: string;
  /** The office's index of the laid-out package's cellXfs index. */
  readonly xf: (i: number) => number;
  readonly dxf: (i: number) => number;
}

/** The office's stylesheet with every format of `source` appended (fonts, fills, borders, number formats). */
export function mergeStyles(target: string, source: string): StyleMerge {
  const tp = prefixOf(target, 'styleSheet');
  const sp = prefixOf(source, 'styleSheet');
  const list = (xml: string, p: string, name: string, item: string) => {
    const b = block(xml, p, name);
    return b ? items(b.inner, p, item) : [];
  };
  const retag = (el: string) => (sp === tp ? el : el.replace(new RegExp(`(</?)${sp}`, 'g'), `$1${tp}`));
  const counts = {
    fonts: list(target, tp, 'fonts', 'font').length,
    fills: list(target, tp, 'fills', 'fill').length,
    borders: list(target, tp, 'borders', 'border').length,
    cellXfs: list(target, tp, 'cellXfs', 'xf').length,
    dxfs: list(target, tp, 'dxfs', 'dxf').length,
  };
  // custom number formats get ids past the office's own (164 and up are custom: 18.8.30)
  const ids = list(target, tp, 'numFmts', 'numFmt').map((f) => Number(/numFmtId="(\d+)"/.exec(f)?.[1] ?? 0));
  let nextFmt = Math.max(163, ...ids) + 1;
  const fmtMap = new Map<number, number>();
  const numFmts = list(source, sp, 'numFmts', 'numFmt').map((f) => {
    const id = Number(/numFmtId="(\d+)"/.exec(f)?.[1] ?? 0);
    fmtMap.set(id, nextFmt);
    return retag(f.replace(/numFmtId="\d+"/, `numFmtId="${nextFmt++}"`));
  });
  const shift = (attr: string, by: number) => (el: string) =>
    el.replace(new RegExp(`\\b${attr}="(\\d+)"`), (_m, n: string) => `${attr}="${Number(n) + by}"`);
  const xfs = list(source, sp, 'cellXfs', 'xf').map((xf) => {
    let out = shift('fontId', counts.fonts)(xf);
    out = shift('fillId', counts.fills)(out);
    out = shift('borderId', counts.borders)(out);
    out = out.replace(/\bxfId="\d+"/, 'xfId="0"'); // the office's Normal cell style
    out = out.replace(/\bnumFmtId="(\d+)"/, (_m, n: string) => `numFmtId="${fmtMap.get(Number(n)) ?? n}"`);
    return retag(out);
  });
  const added: Record<string, string[]> = {
    numFmts,
    fonts: list(source, sp, 'fonts', 'font').map(retag),
    fills: list(source, sp, 'fills', 'fill').map(retag),
    borders: list(source, sp, 'borders', 'border').map(retag),
    cellXfs: xfs,
    dxfs: list(source, sp, 'dxfs', 'dxf').map(retag),
  };
  let xml = target;
  for (const [name, extra] of Object.entries(added)) {
    if (extra.length === 0) continue;
    const item = {
      numFmts: 'numFmt',
      fonts: 'font',
      fills: 'fill',
      borders: 'border',
      cellXfs: 'xf',
      dxfs: 'dxf',
    }[name] as string;
    const b = block(xml, tp, name);
    if (b) {
      const count = items(b.inner, tp, item).length + extra.length;
      const attrs = b.attrs.replace(/\scount="\d+"/, '');
      const el = `<${tp}${name} count="${count}"${attrs}>${b.inner}${extra.join('')}</${tp}${name}>`;
      xml = `${xml.slice(0, b.start)}${el}${xml.slice(b.end)}`;
    } else {
      // a section the office's stylesheet lacks goes before the first section that follows it
      const el = `<${tp}${name} count="${extra.length}">${extra.join('')}</${tp}${name}>`;
      const later = STYLE_ORDER.slice(STYLE_ORDER.indexOf(name) + 1)
        .map((n) => block(xml, tp, n)?.start)
        .filter((i): i is number => i !== undefined);
      const at = later.length ? Math.min(...later) : xml.indexOf(`</${tp}styleSheet>`);
      xml = `${xml.slice(0, at)}${el}${xml.slice(at)}`;
    }
  }
  return { xml, xf: (i) => counts.cellXfs + i, dxf: (i) => counts.dxfs + i };
}

/** A part name not used in `taken`, numbered like `xl/worksheets/sheet12.xml`. */
function freeName(taken: Set<string>, path: string): string {
  const ext = posix.extname(path);
  const stem = path.slice(0, path.length - ext.length).replace(/\d+$/, '');
  for (let n = 1; ; n++) {
    const name = `${stem}${n}${ext}`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

/** The content type of a part in a package ([Content_Types].xml: its Override, else its extension's Default). */
function contentType(types: string, part: string): string | undefined {
  const override = new RegExp(
    `<(?:\\w+:)?Override\\b[^>]*PartName="/${part.replace(/[.]/g, '\\.')}"[^>]*/>`,
  ).exec(types)?.[0];
  const ct = override && /ContentType="([^"]*)"/.exec(override)?.[1];
  if (ct) return ct;
  const ext = posix.extname(part).slice(1);
  const def = new RegExp(`<(?:\\w+:)?Default\\b[^>]*Extension="${ext}"[^>]*/>`, 'i').exec(types)?.[0];
  return def ? /ContentType="([^"]*)"/.exec(def)?.[1] : undefined;
}

/** A worksheet copied into another package: shared strings inlined, style and format indexes moved. */
function transplantSheet(xml: string, strings: readonly string[], styles: StyleMerge): string {
  const p = prefixOf(xml, 'worksheet');
  let out = xml.replace(
    new RegExp(`<${p}c\\b([^>]*?)\\st="s"([^>]*)>\\s*<${p}v>(\\d+)</${p}v>\\s*</${p}c>`, 'g'),
    (_m, a: string, b: string, i: string) =>
      `<${p}c${a} t="inlineStr"${b}><${p}is><${p}t xml:space="preserve">${escapeXml(strings[Number(i)] ?? '')}</${p}t></${p}is></${p}c>`,
  );
  // cell and row styles (s), column styles (style), conditional formats (dxfId)
  out = out.replace(new RegExp(`<${p}(c|row)\\b[^>]*>`, 'g'), (tag) =>
    tag.replace(/\ss="(\d+)"/, (_m, n: string) => ` s="${styles.xf(Number(n))}"`),
  );
  out = out.replace(new RegExp(`<${p}col\\b[^>]*>`, 'g'), (tag) =>
    tag.replace(/\sstyle="(\d+)"/, (_m, n: string) => ` style="${styles.xf(Number(n))}"`),
  );
  out = out.replace(/\sdxfId="(\d+)"/g, (_m, n: string) => ` dxfId="${styles.dxf(Number(n))}"`);
  // one selected tab in a workbook: a second would group them
  return out.replace(/\stabSelected="(1|true)"/g, '');
}

/**
 * The office's package (`target`, with its pending `changed` parts) with the tabs `names` of `source` added
 * after its own, as the bytes of a new package.
 */
export function withSheetsFrom(
  target: ZipPackage,
  source: ZipPackage,
  names: readonly string[],
  changed: ReadonlyMap<string, Buffer | null> = new Map(),
): Buffer {
  const text = (path: string) => {
    const c = changed.get(path);
    return c ? c.toString('utf8') : target.text(path);
  };
  const src = readWorkbookParts((p) => source.text(p));
  const wbPath = 'xl/workbook.xml';
  const out = new Map<string, Buffer | null>(changed);
  const added = new Map<string, Buffer>();
  const taken = new Set(target.entries.map((e) => e.name));
  const strings = readSharedStrings(src.sharedStringsPath ? source.text(src.sharedStringsPath) : undefined);
  const tgt = readWorkbookParts(text, wbPath);
  if (!tgt.stylesPath) throw new Error('the workbook has no stylesheet');
  const styles = mergeStyles(
    text(tgt.stylesPath) ?? '',
    src.stylesPath ? (source.text(src.stylesPath) ?? '') : '',
  );
  out.set(tgt.stylesPath, utf8(styles.xml));
  let types = text('[Content_Types].xml') ?? '';
  const sourceTypes = source.text('[Content_Types].xml') ?? '';
  const typeOverride = (part: string, type: string) => {
    types = types.replace(/<\/(\w+:)?Types>/, (end, tp: string | undefined) => {
      return `<${tp ?? ''}Override PartName="/${part}" ContentType="${type}"/>${end}`;
    });
  };
  let workbook = text(wbPath) ?? '';
  const wbRelsPath = relsPathOf(wbPath);
  let wbRels = text(wbRelsPath) ?? '';
  const relIds = new Set([...wbRels.matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]));
  const sheetIds = [...workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*\bsheetId="(\d+)"/g)].map((m) =>
    Number(m[1]),
  );
  let sheetId = Math.max(0, ...sheetIds);
  const wp = prefixOf(workbook, 'workbook');
  const rPrefix = new RegExp(`xmlns:(\\w+)="${REL_NS}"`).exec(workbook)?.[1];
  if (!rPrefix) throw new Error('the workbook declares no relationship namespace');
  const rp = prefixOf(wbRels, 'Relationships');

  for (const name of names) {
    const ref = src.sheets.find((s) => s.name === name);
    if (!ref) continue;
    const sheetPath = freeName(taken, 'xl/worksheets/sheet.xml');
    added.set(sheetPath, utf8(transplantSheet(source.text(ref.path) ?? '', strings, styles)));
    typeOverride(sheetPath, contentType(sourceTypes, ref.path) ?? `${WORKSHEET}+xml`);
    // the sheet's own parts (notes: comments and their VML drawing), each under a free name
    const rels = readRels(source.text(relsPathOf(ref.path)), ref.path);
    let sheetRels = source.text(relsPathOf(ref.path));
    for (const rel of rels.values()) {
      if (rel.external || !sheetRels) continue;
      const part = freeName(taken, rel.target);
      added.set(part, source.read(rel.target) ?? Buffer.alloc(0));
      const type = contentType(sourceTypes, rel.target);
      if (type) typeOverride(part, type);
      const relative = posix.relative(posix.dirname(sheetPath), part);
      const was = posix.relative(posix.dirname(ref.path), rel.target);
      sheetRels = sheetRels.replace(`Target="${was}"`, `Target="${relative}"`);
      sheetRels = sheetRels.replace(`Target="/${rel.target}"`, `Target="${relative}"`);
    }
    if (sheetRels) added.set(relsPathOf(sheetPath), utf8(sheetRels));
    let id = 'rIdKinerja1';
    for (let n = 1; relIds.has(id); n++) id = `rIdKinerja${n}`;
    relIds.add(id);
    wbRels = wbRels.replace(
      new RegExp(`</${rp}Relationships>`),
      `<${rp}Relationship Id="${id}" Type="${WORKSHEET}" Target="${posix.relative('xl', sheetPath)}"/></${rp}Relationships>`,
    );
    sheetId++;
    workbook = workbook.replace(
      new RegExp(`</${wp}sheets>`),
      `<${wp}sheet name="${escapeXml(name).replace(/"/g, '&quot;')}" sheetId="${sheetId}" ${rPrefix}:id="${id}"/></${wp}sheets>`,
    );
  }
  out.set(wbPath, utf8(workbook));
  out.set(wbRelsPath, utf8(wbRels));
  out.set('[Content_Types].xml', utf8(types));
  return target.with(out, added);
}
