#!/usr/bin/env node
// `kinerja`: the command line of the embedded default. Indonesian help (`--lang en` for English);
// exit 0 on success, 1 on data problems, 2 on usage errors; never a stack trace for a user mistake.
// The commands (and with them exceljs, docx, canvas, the preview server) are imported when one runs, so
// `kinerja --help` starts at once.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { type Lang, type MessageKey, t } from '../../shared';
import type { Io } from './commands';
import { LocalError } from './local-error';

const commands = () => import('./commands');
/** PDFs only when asked for (`--pdf`); `--no-pdf` turns them off where a default asks for them. */
const withPdf = (io: Io, pdf: boolean | undefined): Io => ({ ...io, pdf: pdf ?? false });

export function langOf(argv: readonly string[]): Lang {
  const i = argv.indexOf('--lang');
  const value = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--lang='))?.slice(7);
  return value === 'en' ? 'en' : 'id';
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const lang = io.lang;
  const tr = (key: MessageKey) => t(key, {}, lang);
  let code = 0;
  const program = new Command('kinerja')
    .description(tr('cli.deskripsi'))
    .option('--lang <lang>', tr('cli.opsi.bahasa'), 'id')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s.trimEnd()),
      writeErr: (s) => io.err(s.trimEnd()),
      outputError: () => {}, // reported below, in the user's language
    })
    .helpOption('-h, --help', tr('cli.bantuan'))
    .helpCommand('help [command]', tr('cli.bantuanPerintah'))
    .showHelpAfterError(false);

  program
    .command('init')
    .description(tr('cli.init'))
    .argument('<file>', 'FILE.xlsx')
    .action(async (file: string) => {
      code = await (await commands()).initCommand(io, file);
    });
  program
    .command('validate')
    .description(tr('cli.validate'))
    .argument('<file>', 'FILE.xlsx')
    .action(async (file: string) => {
      code = await (await commands()).validateCommand(io, file);
    });
  program
    .command('act')
    .description(tr('cli.act'))
    .argument('<file>', 'FILE.xlsx')
    .argument('<action>', tr('cli.act.aksi'))
    .requiredOption('--as <email>', tr('cli.opsi.as'))
    .option('--nip <nip>', tr('cli.opsi.nip'))
    .option('--doc <doc>', tr('cli.opsi.doc'))
    .option('--note <text>', tr('cli.opsi.note'))
    .option('--pdf', tr('cli.opsi.pdf'))
    .option('--no-pdf', tr('cli.opsi.tanpaPdf'))
    .action(
      async (
        file: string,
        action: string,
        opts: { as: string; nip?: string; doc?: string; note?: string; pdf?: boolean },
      ) => {
        code = await (await commands()).actCommand(withPdf(io, opts.pdf), file, action, opts);
      },
    );
  program
    .command('recap')
    .description(tr('cli.recap'))
    .argument('<file>', 'FILE.xlsx')
    .requiredOption('--period <period>', tr('cli.opsi.period'))
    .requiredOption('--out <dir>', tr('cli.opsi.out'))
    .option('--as <email>', tr('cli.opsi.as'))
    .option('--json', tr('cli.opsi.json'))
    .option('--strict', tr('cli.opsi.strict'))
    .option('--pdf', tr('cli.opsi.pdf'))
    .option('--no-pdf', tr('cli.opsi.tanpaPdf'))
    .action(
      async (
        file: string,
        opts: { period: string; out: string; json?: boolean; strict?: boolean; as?: string; pdf?: boolean },
      ) => {
        code = await (await commands()).recapCommand(withPdf(io, opts.pdf), file, opts);
      },
    );
  program
    .command('document')
    .description(tr('cli.document'))
    .argument('<file>', 'FILE.xlsx')
    .requiredOption('--nip <nip>', tr('cli.opsi.nip'))
    .requiredOption('--kind <kind>', tr('cli.opsi.kind'))
    .requiredOption('--out <dir>', tr('cli.opsi.out'))
    .option('--as <email>', tr('cli.opsi.as'))
    .option('--pdf', tr('cli.opsi.pdf'))
    .option('--no-pdf', tr('cli.opsi.tanpaPdf'))
    .action(
      async (file: string, opts: { nip: string; kind: string; out: string; as?: string; pdf?: boolean }) => {
        code = await (await commands()).documentCommand(withPdf(io, opts.pdf), file, opts);
      },
    );
  program
    .command('preview')
    .description(tr('cli.preview'))
    .argument('<file>', 'FILE.xlsx')
    .option('--port <port>', tr('cli.opsi.port'), '8080')
    .action(async (file: string, opts: { port: string }) => {
      const { startPreview } = await import('./preview');
      const preview = await startPreview(file, Number(opts.port));
      io.out(t('cli.previewSiap', { url: preview.url, path: file }, lang));
      code = await new Promise<number>((done) =>
        process.once('SIGINT', () => void preview.close().then(() => done(0))),
      );
    });
  program
    .command('demo')
    .description(tr('cli.demo'))
    .argument('[dir]', 'DIR', 'out')
    .option('--fresh', tr('cli.opsi.fresh'))
    .option('--pdf', tr('cli.opsi.pdf'))
    .option('--no-pdf', tr('cli.opsi.tanpaPdf'))
    .action(async (dir: string, opts: { fresh?: boolean; pdf?: boolean }) => {
      code = await (await commands()).demoCommand(withPdf(io, opts.pdf), dir, opts);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.help' ||
        error.code === 'commander.version'
      )
        return 0;
      io.err(t('cli.salahPakai', { detail: error.message.replace(/^error: /, '') }, lang));
      return 2;
    }
    if (error instanceof LocalError) {
      io.err(t(error.key, error.params, lang));
      return error.exitCode;
    }
    throw error;
  }
}

/** Run as a program (not imported by a test): `tsx functions/local/cli.ts` or the `kinerja` bin. */
export function runCli(argv: readonly string[]): void {
  main(argv, {
    out: (s) => process.stdout.write(`${s}\n`),
    err: (s) => process.stderr.write(`${s}\n`),
    lang: langOf(argv),
    now: () => Date.now(),
    progress: process.stderr.isTTY === true,
    pdf: false,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `Kesalahan tak terduga: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  runCli(process.argv.slice(2));
