// PDF conversion of the local "Drive" (functions/local/folder-store.ts): every document published becomes
// a PDF next to it, the parts of a split annual recap each their own, converted side by side by one
// LibreOffice process per core, each with its own profile. LibreOffice is stood in for by a script on PATH
// that behaves as `soffice --headless --convert-to pdf --outdir DIR FILE...` does: it answers --version, and
// for each file writes DIR/<name>.pdf and prints "convert IN -> OUT using filter : writer_pdf_Export".
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FolderStore } from '../../functions/local/folder-store';
import { tmp } from '../support/xlsx';

const bin = tmp();
const calls = join(bin, 'calls.log');
const PATH = process.env.PATH;

beforeAll(() => {
  const script = `#!/bin/sh
if [ "$1" = "--version" ]; then echo "LibreOffice 7.4 (stand-in)"; exit 0; fi
profile=""; outdir="."; files=""
while [ $# -gt 0 ]; do
  case "$1" in
    -env:UserInstallation=*) profile="\${1#-env:UserInstallation=}";;
    --outdir) shift; outdir="$1";;
    --headless|--convert-to) [ "$1" = "--convert-to" ] && shift;;
    *) files="$files $1";;
  esac
  shift
done
for f in $files; do
  out="$outdir/$(basename "$f" .docx).pdf"
  printf '%%PDF-1.4 stand-in\\n' > "$out"
  echo "$profile $f" >> "${calls}"
  echo "convert $f -> $out using filter : writer_pdf_Export"
done
`;
  writeFileSync(join(bin, 'soffice'), script);
  chmodSync(join(bin, 'soffice'), 0o755);
  process.env.PATH = `${bin}:${PATH}`;
});

afterAll(() => {
  process.env.PATH = PATH;
});

describe('PDFs of the local documents', () => {
  it('converts each part of a split recap to its own PDF, the parts side by side in separate profiles', async () => {
    const dir = tmp();
    const store = new FolderStore(dir, true, false);
    const periods = ['TAHUNAN', 'TAHUNAN-BAGIAN-1', 'TAHUNAN-BAGIAN-2', 'TAHUNAN-BAGIAN-3'];
    const links = [];
    for (const periode of periods)
      links.push(
        await store.publish({
          key: { officeId: 'kantor.xlsx', tahun: 2026, periode },
          title: periode,
          docx: Buffer.alloc(periode.length * 1000, 1),
        }),
      );
    await store.finish();
    for (const [i, periode] of periods.entries()) {
      const pdf = join(dir, `kantor_2026_${periode}.pdf`);
      expect(existsSync(pdf)).toBe(true);
      expect(links[i]?.pdfUrl).toBe(`file://${pdf}`);
    }
    // each file converted once; as many processes (profiles) as cores, up to 4
    const lines = readFileSync(calls, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(periods.length);
    const profiles = new Set(lines.map((l) => l.split(' ')[0]));
    expect(profiles.size).toBe(Math.min(periods.length, availableParallelism(), 4));
    for (const p of profiles) expect(p).toMatch(/^file:\/\/.*kinerja-libreoffice-\d$/);
  });
});
