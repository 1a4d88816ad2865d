// The capaian chart of a recap as a PNG: Chart.js drawn on @napi-rs/canvas with the DejaVu Sans font
// shipped in an npm package, so it renders the same on Cloud Functions as on a laptop.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type Canvas, createCanvas, GlobalFonts } from '@napi-rs/canvas';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Title,
} from 'chart.js';
import { type ModelRekap, roundHalfUp, t } from '../../shared';
import { pngOpaque } from './png';
import { labelDokumen } from './recap-parts';

const FONT = 'DejaVu Sans';
let ready = false;

function setUp(): void {
  if (ready) return;
  const fonts = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  GlobalFonts.registerFromPath(join(fonts, 'DejaVuSans.ttf'), FONT);
  Chart.register(
    BarController,
    BarElement,
    CategoryScale,
    LinearScale,
    Legend,
    Title,
    LineController,
    LineElement,
    PointElement,
  );
  Chart.defaults.font.family = FONT;
  ready = true;
}

/**
 * A chart drawn once per recap: a split recap renders the whole document (to count its characters) and then
 * its parts, which hold the same unit heads' charts; drawing one costs tens of milliseconds.
 */
export function digambar(cache: Map<string, Buffer> | undefined, args: unknown, draw: () => Buffer): Buffer {
  if (!cache) return draw();
  const key = JSON.stringify(args);
  let png = cache.get(key);
  if (!png) {
    png = draw();
    cache.set(key, png);
  }
  return png;
}

/**
 * One canvas per size, cleared for each chart: a canvas's pixels live outside the JavaScript heap, so the
 * collector does not see them and a recap drawing a hundred charts would keep a hundred canvases alive.
 * A canvas keeps its trend chart between charts (`tren`): updated with the next chart's lines and title, it
 * draws the same pixels as a new chart (a test compares them) without Chart.js resolving every option again,
 * about a fifth of a chart's time.
 */
const canvases = new Map<string, { canvas: Canvas; tren: Chart | null }>();

function blankCanvas(size: ChartSize) {
  const key = `${size.width}x${size.height}`;
  let held = canvases.get(key);
  if (!held) {
    held = { canvas: createCanvas(size.width, size.height), tren: null };
    canvases.set(key, held);
  }
  const ctx = held.canvas.getContext('2d');
  // Chart.js clears the canvas itself when it starts drawing; the white comes from `latar`
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  return { held, canvas: held.canvas, ctx };
}

/**
 * A white background drawn under the chart (the Chart.js documentation's way: a plugin filling the canvas
 * `destination-over` before it draws, https://www.chartjs.org/docs/latest/configuration/canvas-background.html):
 * a chart was transparent, shown black by dark viewers, and an opaque chart encodes fast (png.ts).
 */
const latar = {
  id: 'kinerjaLatar',
  beforeDraw(chart: Chart): void {
    const c = chart.ctx;
    c.save();
    c.globalCompositeOperation = 'destination-over';
    c.fillStyle = '#ffffff';
    c.fillRect(0, 0, chart.width, chart.height);
    c.restore();
  },
};

/** The chart's PNG: the pixels encoded by png.ts, or by the canvas when any is not opaque. */
function toPng(canvas: Canvas): Buffer {
  return pngOpaque(canvas.data(), canvas.width, canvas.height) ?? canvas.toBuffer('image/png');
}

const BAND_COLOURS = ['#188038', '#1a73e8', '#f9ab00', '#e37400', '#d93025'];

/** A chart's layout size in pixels: fonts and lines are sized for it (the chart is drawn at `SKALA` of it). */
export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

/**
 * The charts are shown at about half their layout size (a 1200 x 480 layout at 640 x 256) and drawn at 0.8 of
 * it, every font and line scaled alike: 1.5 pixels per pixel shown keeps them sharp, and a chart of 0.64 the
 * pixels costs about two thirds to draw and to encode as PNG (a recap draws a hundred).
 */
export const SKALA = 0.8;
const px = (n: number) => n * SKALA;

/** The canvas of a layout size, at the drawing scale. */
export function drawnSize(size: ChartSize): ChartSize {
  return { width: Math.round(px(size.width)), height: Math.round(px(size.height)) };
}

/** Mean capaian per unit (bars coloured by predikat band; for a quarter, a second bar to date). */
export function renderCapaianChart(m: ModelRekap, size: ChartSize = { width: 1200, height: 600 }): Buffer {
  setUp();
  const units = m.units.filter((u) => u.rataRata !== null);
  const labels = units.map((u) => u.unitKerja);
  const values = units.map((u) => roundHalfUp(u.rataRata ?? 0, 2).toNumber());
  const bands = m.ringkasan.distribusiPredikat.map((d) => d.label);
  const colours = units.map((u) => BAND_COLOURS[Math.max(0, bands.indexOf(u.predikat ?? ''))] ?? '#1a73e8');
  const { held, canvas, ctx } = blankCanvas(drawnSize(size));
  // a canvas holds one chart at a time
  held.tren?.destroy();
  held.tren = null;
  const periode = labelDokumen(m);
  const tx = (key: 'doc.grafik.capaian' | 'doc.grafik.capaianSd' | 'doc.grafik.judulUnit') =>
    t(key, { periode, tahun: m.kantor.tahun }, m.bahasa);
  const chart = new Chart(ctx as unknown as ConstructorParameters<typeof Chart>[0], {
    type: 'bar',
    plugins: [latar],
    data: {
      labels,
      datasets: [
        { label: tx('doc.grafik.capaian'), data: values, backgroundColor: colours },
        ...(m.periode === 'TAHUNAN'
          ? []
          : [
              {
                label: tx('doc.grafik.capaianSd'),
                data: units.map((u) => (u.rataRataSd ? roundHalfUp(u.rataRataSd, 2).toNumber() : 0)),
                backgroundColor: '#9aa0a6',
              },
            ]),
      ],
    },
    options: {
      indexAxis: 'y',
      responsive: false,
      locale: 'id-ID', // tick labels with Indonesian separators
      animation: false,
      devicePixelRatio: 1,
      plugins: {
        legend: { display: m.periode !== 'TAHUNAN', labels: legendLabels(16) },
        title: {
          display: true,
          text: tx('doc.grafik.judulUnit'),
          font: { size: px(22) },
          padding: px(10),
        },
      },
      scales: {
        x: { beginAtZero: true, suggestedMax: 120, ticks: { font: { size: px(16) } } },
        y: { ticks: { font: { size: px(16) } } },
      },
    },
  });
  const png = toPng(canvas);
  chart.destroy();
  return png;
}

/** Legend entries at the drawing scale (Chart.js's 40-pixel box and 10-pixel padding scaled too). */
const legendLabels = (font: number) => ({ font: { size: px(font) }, boxWidth: px(40), padding: px(10) });

export interface Garis {
  readonly label: string;
  /** Capaian TW I..IV in percent; null where it cannot be computed. */
  readonly nilai: readonly (number | null)[];
}

const LINE_COLOURS = ['#1a73e8', '#d93025', '#188038', '#f9ab00', '#9334e6', '#e37400', '#12b5cb', '#5f6368'];

/** The trend of capaian over TW I-IV, one line per series (a gap where a quarter has no figure). */
export function renderTrenChart(
  judul: string,
  garis: readonly Garis[],
  size: ChartSize = { width: 1200, height: 500 },
): Buffer {
  setUp();
  const { held, canvas, ctx } = blankCanvas(drawnSize(size));
  const datasets = garis.map((g, i) => ({
    label: g.label,
    data: [...g.nilai],
    borderColor: LINE_COLOURS[i % LINE_COLOURS.length],
    backgroundColor: LINE_COLOURS[i % LINE_COLOURS.length],
    borderWidth: px(3),
    pointRadius: px(5),
    spanGaps: false,
  }));
  const kept = held.tren;
  if (kept) {
    // the chart's dataset objects take the next chart's lines: Chart.js keeps what it made for each one
    // (its controller and elements) instead of making them again, about a tenth of a chart's time
    const now = kept.data.datasets;
    datasets.forEach((d, i) => {
      const had = now[i];
      if (had) Object.assign(had, d);
      else now.push(d);
    });
    now.length = datasets.length;
    if (kept.options.plugins?.title) kept.options.plugins.title.text = judul;
    kept.update();
    return toPng(canvas);
  }
  held.tren = new Chart(ctx as unknown as ConstructorParameters<typeof Chart>[0], {
    type: 'line',
    plugins: [latar],
    data: { labels: ['TW I', 'TW II', 'TW III', 'TW IV'], datasets },
    options: {
      responsive: false,
      locale: 'id-ID', // tick labels with Indonesian separators
      animation: false,
      devicePixelRatio: 1,
      plugins: {
        legend: { display: true, position: 'bottom', labels: legendLabels(14) },
        title: { display: true, text: judul, font: { size: px(20) }, padding: px(10) },
      },
      scales: {
        y: { beginAtZero: true, suggestedMax: 120, ticks: { font: { size: px(14) } } },
        x: { ticks: { font: { size: px(14) } } },
      },
    },
  });
  return toPng(canvas);
}
