// The recap DOCX is WordprocessingML written by hand (functions/render/ooxml-*.ts): its parts must follow the
// schema as Word reads it, not only as LibreOffice forgives it (test/support/ooxml-order.ts). The demo's
// quarterly and annual reports, and a report whose cells carry text XML forbids and evidence that is no URI.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderRekapDocx } from '../../functions/render/recap-docx';
import { demoTables, type ModelRekap } from '../../shared';
import { rekap, replayDemo } from '../support/driver';
import { MemoryWorkbook } from '../support/memory-workbook';
import { ooxmlProblems } from '../support/ooxml-order';

const YEAR_END = Date.parse('2027-01-10T09:00:00+07:00');

function demoModel(periode: 'TW2' | 'TAHUNAN'): ModelRekap {
  const wb = new MemoryWorkbook(demoTables());
  replayDemo(wb);
  const r = rekap(wb, periode, YEAR_END);
  if (!r.ok) throw new Error('recap failed');
  return r.value;
}

/** Each XML part's problems, and the external link targets. */
async function problemsOf(docx: Buffer): Promise<{ problems: string[]; targets: string[] }> {
  const zip = await JSZip.loadAsync(docx);
  const rels = (await zip.file('word/_rels/document.xml.rels')?.async('string')) ?? '';
  const ids = new Set([...rels.matchAll(/Id="([^"]+)"/g)].map((m) => m[1] as string));
  const problems: string[] = [];
  for (const part of ['word/document.xml', 'word/styles.xml', 'word/footer1.xml']) {
    const xml = await zip.file(part)?.async('string');
    if (xml !== undefined) problems.push(...ooxmlProblems(xml, ids).map((p) => `${part}: ${p}`));
  }
  const targets = [...rels.matchAll(/Target="([^"]+)" TargetMode="External"/g)].map((m) => m[1] as string);
  return { problems, targets };
}

describe('the recap DOCX as Word reads it', () => {
  it('writes the quarterly and the annual report in the schema’s order, every link to a relationship', async () => {
    for (const periode of ['TW2', 'TAHUNAN'] as const) {
      const { problems, targets } = await problemsOf(await renderRekapDocx(demoModel(periode)));
      expect(problems, periode).toEqual([]);
      if (periode === 'TW2') expect(targets.length).toBeGreaterThan(0);
    }
  });

  it('leaves out characters XML forbids and links only evidence that is a URI', async () => {
    const m = demoModel('TW2');
    const unit = m.units[0];
    const peg = unit?.pegawai[0];
    const ind = peg?.indikator[0];
    if (!unit || !peg || !ind) throw new Error('demo has no indicator');
    const edited: ModelRekap = {
      ...m,
      units: [
        {
          ...unit,
          pegawai: [
            {
              ...peg,
              nama: `${peg.nama} \uFFFE\u0007`,
              indikator: [
                {
                  ...ind,
                  kendala: [{ triwulan: 'II', teks: 'akhir\uFFFF' }],
                  bukti: [
                    { triwulan: 'I', teks: 'https://contoh.go.id/bukti berkas|1.pdf' },
                    { triwulan: 'II', teks: 'bukan tautan: "x" <y>' },
                    { triwulan: 'III', teks: 'kantor-bukti/TW3.pdf' },
                  ],
                },
                ...peg.indikator.slice(1),
              ],
            },
            ...unit.pegawai.slice(1),
          ],
        },
        ...m.units.slice(1),
      ],
    };
    const { problems, targets } = await problemsOf(await renderRekapDocx(edited));
    expect(problems).toEqual([]);
    // percent-encoded as a URL parser writes it; a local evidence path as it is; the rest not linked
    expect(targets).toContain('https://contoh.go.id/bukti%20berkas%7C1.pdf');
    expect(targets).toContain('kantor-bukti/TW3.pdf');
    expect(targets.some((x) => x.includes('bukan'))).toBe(false);
  });
});
