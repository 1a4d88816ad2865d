// `kinerja status FILE --as EMAIL`: what waits for that person and what they wait on, in the sidebar's
// words (the same view, the same step names); and, for a refused action, which actions are open now and
// for whom.
import {
  aksiTerbuka,
  berikutnya,
  berkasOf,
  type DokumenView,
  describeProblem,
  dokumenPendek,
  formatTerbuka,
  type MessageKey,
  type Problem,
  parseKantor,
  sidebarView,
  TAB_NAMES,
  t,
} from '../../shared';
import { nodeSha256 } from '../platform/sha256';
import type { Io } from './commands';
import { XlsxWorkbook } from './xlsx-workbook';

type Kantor = ReturnType<typeof parseKantor>;

function line(io: Io, d: DokumenView, own: boolean, file: string, email: string): string {
  const who = own ? d.label : `${d.nama} — ${d.label}`;
  const steps = d.tombol.map((b) =>
    b.alasan
      ? t('cli.status.tidakBisa', { langkah: b.label, alasan: b.alasan }, io.lang)
      : t(
          'cli.status.bisa',
          {
            langkah: b.label,
            perintah: [
              'kinerja act',
              file,
              '--as',
              email,
              b.aksi,
              ...(own ? [] : ['--nip', d.nip]),
              '--doc',
              d.dokumen,
              ...(b.catatanWajib ? ['--note', `"${d.labelCatatan ?? ''}"`] : []),
            ].join(' '),
          },
          io.lang,
        ),
  );
  const task = d.tugas
    ? ` · ${t('sidebar.tugas', { langkah: d.tugas.langkah, tombol: d.tugas.tombol, standar: d.tugas.standar }, io.lang)}${
        d.tugas.menunggu
          ? ` · ${t(d.tugas.terlambat ? 'sidebar.menungguLewat' : 'sidebar.menungguSejak', { durasi: d.tugas.menunggu }, io.lang)}`
          : ''
      }`
    : '';
  return [`- ${who} [${d.status}]${task}`, ...steps.map((s) => `    ${s}`)].join('\n');
}

export async function statusCommand(io: Io, file: string, opts: { as: string }): Promise<number> {
  const wb = await XlsxWorkbook.open(file);
  const k = parseKantor(wb.readTables(TAB_NAMES));
  const view = sidebarView(k, opts.as, nodeSha256, { now: io.now(), lang: io.lang });
  if (!view.saya) {
    io.err(view.pesan ?? '');
    return 1;
  }
  const say = (key: MessageKey, params: Record<string, string | number> = {}) =>
    io.out(t(key, params, io.lang));
  say('cli.status.siapa', { nama: view.saya.nama, jabatan: view.saya.jabatan, kantor: view.kantor });
  say('sidebar.perluTindakan');
  if (view.perluTindakan.length === 0) say('sidebar.kosong');
  for (const d of view.perluTindakan) io.out(line(io, d, d.sebagai === 'Pegawai', file, view.saya.email));
  // what I wait on: my own documents whose next step is someone else's
  const waitingOn = view.dokumenSaya.filter((d) => d.tombol.length === 0 && d.terbuka);
  say('cli.status.menungguOrangLain');
  if (waitingOn.length === 0) say('sidebar.kosong');
  const berkas = berkasOf(k, view.saya.nip);
  for (const d of waitingOn)
    io.out(`- ${d.label} [${d.status}]: ${berikutnya(k, view.saya.nip, d.dokumen, berkas, io.lang)}`);
  for (const d of view.dokumenSaya)
    for (const m of d.masalah) io.out(`  ${dokumenPendek(d.dokumen)}: ${m.teks}`);
  // the office dashboard, as the administrator (and the head of office) see it in the sidebar
  const dasbor = view.dasbor;
  if (dasbor) {
    say('sidebar.dasbor');
    say('sidebar.progres', { periode: `TW ${dasbor.triwulan}` });
    for (const u of dasbor.unit)
      io.out(
        `- ${t(
          'sidebar.unitProgres',
          {
            unit: u.unit,
            lapor: u.dilaporkan,
            pegawai: u.pegawai,
            evaluasi: u.dievaluasi,
            tindakLanjut: u.ditindaklanjuti,
            terlambat: u.terlambat,
          },
          io.lang,
        )}`,
      );
    say('sidebar.belumPkRa');
    if (dasbor.belumPkRa.length === 0) say('sidebar.kosong');
    for (const b of dasbor.belumPkRa) io.out(`- ${b.nama} (${b.unit}): PK ${b.pk}, RA ${b.ra}`);
  }
  return 0;
}

/** A refusal, followed by the actions open now on that person's documents and who may take them. */
export function refuseWithAllowed(io: Io, k: Kantor, nip: string, problems: readonly Problem[]): 1 {
  for (const p of problems) io.err(describeProblem(p, io.lang));
  // an unknown or missing identity is fixed first: the open actions would not help
  if (problems.some((p) => p.key.startsWith('identitas.'))) return 1;
  const open = aksiTerbuka(k, nip, io.lang, io.now(), nodeSha256);
  if (open.length) {
    io.err(t('cli.status.terbukaSekarang', { pemilik: k.org.byNip.get(nip)?.nama ?? nip }, io.lang));
    for (const a of open) io.err(`  - ${formatTerbuka(a, io.lang)}`);
  }
  return 1;
}
