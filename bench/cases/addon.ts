// Add-on benchmarks on the built bundle in the vm with the Apps Script fakes: service calls (each costs tens
// of ms in production) and time per operation at office sizes; bundle size and parse + init time.
import { readFileSync, statSync } from 'node:fs';
import vm from 'node:vm';
import type { SidebarView } from '../../shared';
import { syntheticBundle } from '../../test/support/apps-script/office';
import { AppsScriptWorld, BUNDLE_PATH } from '../../test/support/apps-script/services';
import type { BenchCase, Measurement } from '../harness';

const HEAD = 'kepala@kantor.go.id';

function measure(bundle: ReturnType<typeof syntheticBundle>, fn: () => void): { calls: number; ms: number } {
  bundle.world.counter.reset();
  const start = performance.now();
  fn();
  return { calls: bundle.world.counter.remote(), ms: performance.now() - start };
}

export const addonCases: BenchCase[] = [
  {
    name: 'add-on: bundle size and parse + init in a fresh context',
    sizes: ['-'],
    run() {
      const code = readFileSync(BUNDLE_PATH, 'utf8');
      const times = [0, 1, 2, 3, 4].map(() => {
        const start = performance.now();
        vm.runInContext(code, vm.createContext(new AppsScriptWorld().globals()));
        return performance.now() - start;
      });
      return [
        { figure: statSync(BUNDLE_PATH).size / 1024, unit: 'KiB Code.js', budget: null },
        { figure: Math.min(...times), unit: 'ms parse+init', budget: 50 },
      ];
    },
  },
  {
    name: 'add-on: service calls / time per operation (x8 indicators)',
    sizes: [10, 100, 500],
    run(size) {
      const n = Number(size);
      const b = syntheticBundle(n);
      const out: Measurement[] = [];
      const setUp = measure(b, () => b.call(HEAD, 'siapkanTab'));
      const load = measure(b, () => b.call('pegawai2@kantor.go.id', 'ambilTampilan'));
      const staffNip = b.call<SidebarView>('pegawai2@kantor.go.id', 'ambilTampilan').saya?.nip as string;
      b.call('pegawai2@kantor.go.id', 'jalankanAksi', { aksi: 'ajukan', dokumen: 'PK', nip: staffNip });
      const approve = measure(b, () =>
        b.call('pegawai1@kantor.go.id', 'jalankanAksi', { aksi: 'setujui', dokumen: 'PK', nip: staffNip }),
      );
      // every Kabag submits; the head approves them in one bulk action (up to 50)
      const kabags = Array.from(
        { length: Math.ceil(n / 10) },
        (_, i) => `pegawai${i * 10 + 1}@kantor.go.id`,
      ).slice(0, 50);
      for (const email of kabags) {
        const nip = b.call<SidebarView>(email, 'ambilTampilan').saya?.nip as string;
        b.call(email, 'jalankanAksi', { aksi: 'ajukan', dokumen: 'PK', nip });
      }
      const reqs = b
        .call<SidebarView>(HEAD, 'ambilTampilan')
        .menunggu.map((d) => ({ aksi: 'setujui', dokumen: d.dokumen, nip: d.nip, hash: d.hash }));
      const bulk = measure(b, () => b.call(HEAD, 'jalankanBanyak', reqs));
      out.push(
        { figure: setUp.calls, unit: 'calls set-up', budget: null },
        { figure: load.calls, unit: 'calls sidebar load', budget: null },
        { figure: approve.calls, unit: 'calls approve', budget: null },
        { figure: bulk.calls, unit: `calls bulk approve of ${reqs.length}`, budget: null },
        { figure: load.ms, unit: 'ms sidebar load (vm, fakes)', budget: null },
        { figure: approve.ms, unit: 'ms approve (vm, fakes)', budget: null },
      );
      return out;
    },
  },
];
