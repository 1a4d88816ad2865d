// The capaian chart of a recap as a PNG: Chart.js drawn on @napi-rs/canvas with the DejaVu Sans font
// shipped in an npm package, so it renders the same on Cloud Functions as on a laptop.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Title } from 'chart.js';
import { type ModelRekap, roundHalfUp } from '../../shared';

const FONT = 'DejaVu Sans';
let ready = false;

function setUp(): void {
  if (ready) return;
  const fonts = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  GlobalFonts.registerFromPath(join(fonts, 'DejaVuSans.ttf'), FONT);
  Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Title);
  Chart.defaults.font.family = FONT;
  ready = true;
}

const BAND_COLOURS = ['#188038', '#1a73e8', '#f9ab00', '#e37400', '#d93025'];

export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

/** Mean capaian per unit (bars coloured by predikat band). */
export function renderCapaianChart(m: ModelRekap, size: ChartSize = { width: 1200, height: 600 }): Buffer {
  setUp();
  const units = m.units.filter((u) => u.rataRata !== null);
  const labels = units.map((u) => u.unitKerja);
  const values = units.map((u) => roundHalfUp(u.rataRata ?? 0, 2).toNumber());
  const bands = m.ringkasan.distribusiPredikat.map((d) => d.label);
  const colours = units.map((u) => BAND_COLOURS[Math.max(0, bands.indexOf(u.predikat ?? ''))] ?? '#1a73e8');
  const canvas = createCanvas(size.width, size.height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, size.width, size.height);
  const chart = new Chart(ctx as unknown as ConstructorParameters<typeof Chart>[0], {
    type: 'bar',
    data: { labels, datasets: [{ label: 'Rata-rata capaian (%)', data: values, backgroundColor: colours }] },
    options: {
      indexAxis: 'y',
      responsive: false,
      animation: false,
      devicePixelRatio: 1,
      plugins: {
        legend: { display: false },
        title: {
          display: true,
          text: `Rata-rata Capaian per Unit Kerja — ${m.labelPeriode} ${m.kantor.tahun}`,
          font: { size: 22 },
        },
      },
      scales: {
        x: { beginAtZero: true, suggestedMax: 120, ticks: { font: { size: 16 } } },
        y: { ticks: { font: { size: 16 } } },
      },
    },
  });
  const png = canvas.toBuffer('image/png');
  chart.destroy();
  return png;
}
