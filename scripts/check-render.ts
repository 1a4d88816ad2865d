// The render check (`npm run check:render`): every document type of the demo office is converted to PDF
// with LibreOffice, as a person would print it, and checked:
// - no word breaks inside (every word of the DOCX text appears whole in the PDF text at least as often as
//   in the DOCX; a word split over two lines, "Satua n", is missing as a whole);
// - every page is A4, portrait or landscape, and the orientations are those the DOCX sections declare;
// - the letterhead with the coat of arms and PIHAK PERTAMA wording (Pengaturan) renders too.
// One page of each type is kept as a PNG in test-output/render/. Needs LibreOffice (soffice) and poppler
// (pdftotext, pdfinfo, pdftoppm); it is not part of `npm test`, because CI machines do not have them.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import JSZip from 'jszip';
import { runDocument } from '../functions/documents/pipeline';
import { demoCommand, type Io } from '../functions/local/commands';
import { FolderStore } from '../functions/local/folder-store';
import { XlsxWorkbook } from '../functions/local/xlsx-workbook';
import { nodeSha256 } from '../functions/platform/sha256';
import { runRecap } from '../functions/recap/pipeline';
import { DEMO_NIP, DEMO_PEGAWAI, TAB_NAMES } from '../shared';

const OUT = join(process.cwd(), 'test-output', 'render');
const problems: string[] = [];

function need(bin: string): void {
  try {
    execFileSync('which', [bin], { stdio: 'ignore' });
  } catch {
    console.error(`check:render needs ${bin} (apt-get install libreoffice-writer poppler-utils)`);
    process.exit(2);
  }
}

/** Words of a text: split at spaces and after hyphens and slashes (where a line may break). */
function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .split(/[\s\u00a0]+|(?<=[-–/])/)
    .map((w) => w.trim())
    .filter((w) => w.length >= 2 && /[\p{L}\p{N}]/u.test(w));
}

function count(list: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of list) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

/** The text of word/document.xml, paragraph by paragraph (runs joined, breaks as spaces). */
async function docxText(path: string): Promise<{ text: string; orientations: ('portrait' | 'landscape')[] }> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
      .map((m) => (m[1] === undefined ? ' ' : m[1]))
      .join('')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"'),
  );
  const orientations = [...xml.matchAll(/<w:pgSz([^>]*)\/>/g)].map((m) =>
    /w:orient="landscape"/.test(m[1] ?? '') ? ('landscape' as const) : ('portrait' as const),
  );
  return { text: paragraphs.join('\n'), orientations };
}

function pageSizes(pdf: string): { w: number; h: number }[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', pdf], { encoding: 'utf8' });
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({
    w: Number(m[1]),
    h: Number(m[2]),
  }));
}

async function check(docx: string, pdf: string, screenshotPage: number, name: string): Promise<void> {
  const { text, orientations } = await docxText(docx);
  const pdfText = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  const inDocx = count(words(text));
  const inPdf = count(words(pdfText));
  const broken = [...inDocx].filter(([w, n]) => (inPdf.get(w) ?? 0) < n).map(([w]) => w);
  if (broken.length) problems.push(`${name}: words broken or missing in the PDF: ${broken.join(', ')}`);
  const sizes = pageSizes(pdf);
  const A4 = (a: number, b: number) => Math.abs(a - 595.3) < 2 && Math.abs(b - 841.9) < 2;
  const seen: string[] = [];
  sizes.forEach((s, i) => {
    if (A4(s.w, s.h)) seen.push('portrait');
    else if (A4(s.h, s.w)) seen.push('landscape');
    else problems.push(`${name}: page ${i + 1} is ${s.w} x ${s.h} pt, not A4`);
  });
  // the runs of orientations, page after page, are the sections' in order (a section spans 1+ pages)
  const runs = (xs: readonly string[]) => xs.filter((x, i) => i === 0 || x !== xs[i - 1]).join(' → ');
  if (runs(seen) !== runs(orientations))
    problems.push(`${name}: pages run ${runs(seen)}, the sections declare ${runs(orientations)}`);
  const page = Math.min(screenshotPage, sizes.length);
  execFileSync('pdftoppm', [
    '-r',
    '60',
    '-png',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    pdf,
    join(OUT, name),
  ]);
  console.log(`${name}: ${sizes.length} page(s), ${inDocx.size} distinct words checked`);
}

/** A coat of arms drawn for the check (a shield), as PNG. */
function lambangPng(): Buffer {
  const c = createCanvas(120, 140);
  const g = c.getContext('2d');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, 120, 140);
  g.fillStyle = '#c5221f';
  g.beginPath();
  g.moveTo(10, 10);
  g.lineTo(110, 10);
  g.lineTo(110, 80);
  g.quadraticCurveTo(60, 140, 10, 80);
  g.closePath();
  g.fill();
  g.fillStyle = '#f9ab00';
  g.fillRect(45, 30, 30, 40);
  return c.toBuffer('image/png');
}

async function main(): Promise<void> {
  for (const bin of ['soffice', 'pdftotext', 'pdfinfo', 'pdftoppm']) need(bin);
  mkdirSync(OUT, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'kinerja-render-'));
  const now = Date.parse('2026-12-31T09:00:00+07:00');
  const io: Io = {
    out: () => {},
    err: (s) => console.error(s),
    lang: 'id',
    now: () => now,
    progress: false,
    pdf: true,
  };
  if ((await demoCommand(io, join(dir, 'demo'), { fresh: true })) !== 0) throw new Error('the demo failed');
  const docs = join(dir, 'demo', 'dokumen');
  const of = (suffix: string) =>
    join(docs, readdirSync(docs).find((f) => f.endsWith(`_${suffix}.docx`)) ?? '');
  const cases: [string, string, number][] = [
    ['pk-anggaran', of(`PK-${DEMO_NIP.kabagUmum}`), 2],
    ['pk-staf', of(`PK-${DEMO_NIP.stafTu}`), 1],
    ['ra-tiga-aksi', of(`RA-${DEMO_NIP.kasubagRapat}`), 1],
    ['laporan-triwulan', of('TW2'), 2],
    ['laporan-tahunan', of('TAHUNAN'), 8],
  ];
  // the same office with a coat of arms and "PIHAK PERTAMA" in Pengaturan
  const file = join(dir, 'demo', 'kantor-demo.xlsx');
  const png = join(dir, 'lambang.png');
  writeFileSync(png, lambangPng());
  const wb = await XlsxWorkbook.open(file);
  const pengaturan = wb.readTables(TAB_NAMES).Pengaturan ?? [];
  const set = (kunci: string, nilai: string) => {
    const row = pengaturan.findIndex((r) => r[0] === kunci);
    if (row < 0) throw new Error(`Pengaturan has no ${kunci} row`);
    wb.writeRanges([{ tab: 'Pengaturan', row: row + 1, column: 2, values: [[nilai]] }]);
  };
  set('Lambang', png);
  set('Sebutan Pihak', 'PIHAK PERTAMA');
  const variant = join(dir, 'lambang');
  const store = new FolderStore(variant, true);
  const admin = DEMO_PEGAWAI.find((p) => p.nip === DEMO_NIP.kasubagTu)?.email ?? null;
  const pk = await runDocument(
    wb,
    store,
    { officeId: basename(file), nip: DEMO_NIP.kabagUmum, jenis: 'PK', email: admin, now },
    nodeSha256,
  );
  const tw = await runRecap(
    wb,
    store,
    { officeId: basename(file), periode: 'TW3', email: admin, now },
    nodeSha256,
  );
  if (!pk.ok || !tw.ok) throw new Error(JSON.stringify([pk, tw].flatMap((r) => (r.ok ? [] : r.problems))));
  await store.finish();
  for (const f of readdirSync(variant).filter((x) => x.endsWith('.docx'))) {
    cases.push([`lambang-${f.includes('_PK-') ? 'pk' : 'triwulan'}`, join(variant, f), 1]);
  }
  for (const [name, docx, page] of cases) await check(docx, docx.replace(/\.docx$/, '.pdf'), page, name);
  const lambangPdf = execFileSync(
    'pdftotext',
    [join(variant, readdirSync(variant).find((f) => f.includes('_PK-') && f.endsWith('.pdf')) ?? ''), '-'],
    {
      encoding: 'utf8',
    },
  );
  if (!lambangPdf.includes('PIHAK PERTAMA'))
    problems.push('lambang-pk: the PIHAK PERTAMA wording is missing');
  if (problems.length) {
    for (const p of problems) console.error(`FAIL ${p}`);
    console.error(
      `${cases.length - new Set(problems.map((p) => p.split(':')[0])).size} passed, ${new Set(problems.map((p) => p.split(':')[0])).size} failed`,
    );
    process.exit(1);
  }
  console.log(`Screenshots in ${OUT}`);
  console.log(`${cases.length} passed, 0 failed`);
}

await main();
