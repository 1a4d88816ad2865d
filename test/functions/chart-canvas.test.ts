// Charts drawn on one reused canvas (functions/render/chart.ts): a chart's PNG does not depend on what was
// drawn before it, and a recap's chart cache draws each chart once.
import { describe, expect, it } from 'vitest';
import { digambar, renderTrenChart } from '../../functions/render/chart';

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
