// Charts drawn on one reused canvas, a trend chart updated in place (functions/render/chart.ts): a chart's
// PNG does not depend on what was drawn before it, and a recap's chart cache draws each chart once.
import { describe, expect, it } from 'vitest';
import { digambar, renderCapaianChart, renderTrenChart } from '../../functions/render/chart';
import { demoTables } from '../../shared';
import { rekap, replayDemo } from '../support/driver';
import { MemoryWorkbook } from '../support/memory-workbook';

function rekapModel() {
  const wb = new MemoryWorkbook(demoTables());
  replayDemo(wb);
  const r = rekap(wb, 'TAHUNAN', Date.parse('2027-01-10T09:00:00+07:00'));
  if (!r.ok) throw new Error('recap failed');
  return r.value;
}

const garis = (k: number) =>
  Array.from({ length: 6 }, (_, i) => ({
    label: `IKI-${i + 1} Indikator ${k}`,
    nilai: [80 + i + k, 95, null, 101 - i],
  }));

describe('charts on a reused canvas', () => {
  it('gives the same PNG whatever was drawn before, at any size', () => {
    const first = renderTrenChart('A', garis(1));
    renderTrenChart('B', garis(2), { width: 1200, height: 480 });
    renderTrenChart('C', garis(3));
    expect(renderTrenChart('A', garis(1)).equals(first)).toBe(true);
    expect(renderTrenChart('B', garis(2)).equals(first)).toBe(false);
  });

  it('draws a chart the same after charts of other lines, gaps and titles on its canvas, or a bar chart', () => {
    const size = { width: 1200, height: 480 };
    const few = [{ label: 'IKU-01 Indeks kepuasan masyarakat atas layanan', nilai: [150, null, 20, 99.5] }];
    const first = renderTrenChart('Capaian per Triwulan: Kepala Bagian Umum', few, size);
    renderTrenChart('Judul yang jauh lebih panjang dari judul sebelumnya'.repeat(2), garis(4), size);
    renderTrenChart('B', [...garis(5), ...garis(6)], size);
    const again = renderTrenChart('Capaian per Triwulan: Kepala Bagian Umum', few, size);
    expect(again.equals(first)).toBe(true);
    // a canvas holds one chart: a bar chart drawn on the trend charts' canvas does not disturb them
    const m = rekapModel();
    renderCapaianChart(m, size);
    expect(renderTrenChart('Capaian per Triwulan: Kepala Bagian Umum', few, size).equals(first)).toBe(true);
  });

  it('draws a chart once per recap (the whole document and its part share it)', () => {
    const cache = new Map<string, Buffer>();
    let drawn = 0;
    const draw = () => {
      drawn++;
      return renderTrenChart('A', garis(1));
    };
    const a = digambar(cache, ['A', garis(1)], draw);
    const b = digambar(cache, ['A', garis(1)], draw);
    digambar(cache, ['B', garis(1)], draw);
    expect(b).toBe(a);
    expect(drawn).toBe(2);
  });
});
