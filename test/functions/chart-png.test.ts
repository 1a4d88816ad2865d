// Charts as PNG (functions/render/png.ts, chart.ts): the own encoder gives back exactly the canvas's pixels,
// refuses what is not opaque, and a chart is opaque white under its lines, drawn at SKALA of its layout size.
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { drawnSize, renderTrenChart, SKALA } from '../../functions/render/chart';
import { imageSize } from '../../functions/render/image';
import { pngOpaque } from '../../functions/render/png';

/** A PNG's pixels as the canvas decodes it (RGBA). */
async function pixels(png: Buffer): Promise<{ width: number; height: number; data: Buffer }> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  canvas.getContext('2d').drawImage(image, 0, 0);
  return { width: image.width, height: image.height, data: canvas.data() };
}

describe('the PNG encoder', () => {
  it('encodes an opaque canvas so that it decodes to the same pixels', async () => {
    const canvas = createCanvas(37, 23);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, 37, 23);
    ctx.strokeStyle = '#d93025';
    ctx.lineWidth = 2.5;
    ctx.beginPath();
    ctx.moveTo(1, 20);
    ctx.lineTo(35, 3);
    ctx.stroke();
    ctx.fillStyle = '#188038';
    ctx.fillRect(5, 5, 7, 9);
    const png = pngOpaque(canvas.data(), 37, 23);
    expect(png).not.toBeNull();
    const back = await pixels(png as Buffer);
    expect([back.width, back.height]).toEqual([37, 23]);
    expect(back.data.equals(canvas.data())).toBe(true);
  });

  it('refuses pixels that are not fully opaque, and a buffer of the wrong size', () => {
    const canvas = createCanvas(4, 4);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, 4, 4);
    ctx.clearRect(3, 3, 1, 1);
    expect(pngOpaque(canvas.data(), 4, 4)).toBeNull();
    // the same pixels at an offset not a multiple of four (checked byte by byte)
    const shifted = Buffer.alloc(4 * 4 * 4 + 1);
    canvas.data().copy(shifted, 1);
    expect(pngOpaque(shifted.subarray(1), 4, 4)).toBeNull();
    ctx.fillRect(3, 3, 1, 1);
    canvas.data().copy(shifted, 1);
    expect(pngOpaque(shifted.subarray(1), 4, 4)?.equals(pngOpaque(canvas.data(), 4, 4) as Buffer)).toBe(true);
    expect(() => pngOpaque(new Uint8Array(10), 4, 4)).toThrow(/RGBA/);
  });
});

describe('a trend chart', () => {
  const garis = [
    { label: 'IKU-01 Indeks kepuasan layanan', nilai: [80, 95.5, null, 101] },
    { label: 'IKI-1 Dokumen tepat waktu', nilai: [100, 90, 85, 120] },
  ];

  it('is drawn at SKALA of its layout size, opaque and white behind the lines', async () => {
    const png = renderTrenChart('Capaian per Triwulan', garis, { width: 1200, height: 480 });
    expect(imageSize(png)).toEqual(drawnSize({ width: 1200, height: 480 }));
    expect(drawnSize({ width: 1200, height: 480 })).toEqual({
      width: Math.round(1200 * SKALA),
      height: Math.round(480 * SKALA),
    });
    const { data, width, height } = await pixels(png);
    let opaque = true;
    for (let i = 3; i < data.length; i += 4) if (data[i] !== 255) opaque = false;
    expect(opaque).toBe(true);
    // the corners are background; somewhere the first line's colour (#1a73e8) is drawn
    for (const [x, y] of [
      [0, 0],
      [width - 1, 0],
      [0, height - 1],
      [width - 1, height - 1],
    ] as const) {
      const at = (y * width + x) * 4;
      expect([...data.subarray(at, at + 3)]).toEqual([255, 255, 255]);
    }
    let blue = 0;
    for (let i = 0; i < data.length; i += 4)
      if (data[i] === 0x1a && data[i + 1] === 0x73 && data[i + 2] === 0xe8) blue++;
    expect(blue).toBeGreaterThan(100);
  });
});
