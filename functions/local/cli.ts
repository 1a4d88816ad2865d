#!/usr/bin/env node
// `kinerja`: the command line of the embedded default. Indonesian help (`--lang en` for English);
// exit 0 on success, 1 on data problems, 2 on usage errors; never a stack trace for a user mistake.
// The commands (and with them exceljs, docx, canvas, the preview server) are imported when one runs, so
// `kinerja --help` starts at once.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, Help } from 'commander';
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

/** Commander's own words (titles, usage placeholders, "(default: …)") from the catalogue. */
function helpIn(lang: Lang): Partial<Help> {
  const base = new Help();
  const tr = (key: MessageKey) => t(key, {}, lang);
  const titles: Record<string, MessageKey> = {
    'Usage:': 'cli.help.usage',
    'Arguments:': 'cli.help.arguments',
    'Options:': 'cli.help.options',
    'Commands:': 'cli.help.commands',
    'Global Options:': 'cli.help.globalOptions',
  };
  const words = (text: string) =>
    text
      .replace(/\(default: /g, `(${tr('cli.help.default')}: `)
      .replace(/\(choices: /g, `(${tr('cli.help.choices')}: `)
      .replace(/\[options\]/g, `[${tr('cli.help.opsi')}]`)
      .replace(/\[command\]/g, `[${tr('cli.help.perintah')}]`);
  return {
    styleTitle: (title: string) => (titles[title] ? tr(titles[title] as MessageKey) : title),
    optionDescription: (o) => words(base.optionDescription(o)),
    argumentDescription: (a) => words(base.argumentDescription(a)),
    commandUsage: (c) => words(base.commandUsage(c)),
    subcommandTerm: (c) => words(base.subcommandTerm(c)),
  };
}

/** Commander's errors, said in the user's language (by their code; the names they quote are kept). */
function commanderError(error: CommanderError, lang: Lang): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  const key: Record<string, MessageKey> = {
    'commander.missingMandatoryOptionValue': 'cli.err.opsiWajib',
    'commander.missingArgument': 'cli.err.argumenKurang',
    'commander.optionMissingArgument': 'cli.err.nilaiOpsi',
    'commander.unknownOption': 'cli.err.opsiTidakDikenal',
    'commander.unknownCommand': 'cli.err.perintahTidakDikenal',
    'commander.excessArguments': 'cli.err.argumenBerlebih',
  };
  const detail = key[error.code]
    ? t(key[error.code] as MessageKey, { nama: quoted }, lang)
    : error.message.replace(/^error: /, '');
  return `${t('cli.salahPakai', { detail }, lang)}\n${t('cli.lihatBantuan', {}, lang)}`;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const lang = io.lang;
  const tr = (key: MessageKey) => t(key, {}, lang);
  let code = 0;
  const program = new Command('kinerja')
    .description(tr('cli.deskripsi'))
    .configureHelp(helpIn(lang))
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
    .argument(`<${tr('cli.arg.file')}>`, tr('cli.arg.fileDesc'))
    .option('-y, --yes', tr('cli.opsi.yes'))
    .action(async (file: string, opts: { yes?: boolean }) => {
      code = await (await commands()).initCommand(io, file, opts);
    });
  program
    .command('validate')
    .description(tr('cli.validate'))
    .argument(`<${tr('cli.arg.file')}>`, tr('cli.arg.fileDesc'))
    .action(async (file: string) => {
      code = await (await commands()).validateCommand(io, file);
    });
  program
    .command('bukti')
    .description(tr('cli.bukti'))
    .argument(`<${tr('cli.arg.file')}>`, tr('cli.arg.fileDesc'))
    .argument(`<${tr('cli.arg.bukti')}>`, tr('cli.arg.buktiDesc'))
    .requiredOption('--as <email>', tr('cli.opsi.as'))
    .requiredOption('--kode <kode>', tr('cli.opsi.kode'))
    .requiredOption('--tw <tw>', tr('cli.opsi.tw'))
    .option('--nip <nip>', tr('cli.opsi.nip'))
    .action(
      async (file: string, source: string, opts: { as: string; kode: string; tw: string; nip?: string }) => {
        code = await (await import('./bukti-command')).buktiCommand(io, file, source, opts);
      },
    );
  program
    .command('act')
    .description(tr('cli.act'))
    .argument(`<${tr('cli.arg.file')}>`, tr('cli.arg.fileDesc'))
    .argument(`<${tr('cli.arg.action')}>`, tr('cli.act.aksi'))
    .requiredOption('--as <email>', tr('cli.opsi.as'))
    .option('--nip <nip>', tr('cli.opsi.nip'))
    .option('--doc <doc>', tr('cli.opsi.doc'))
    .option('--note <text>', tr('cli.opsi.note'))
    .option('--catatan <text>')
    .option('--pdf', tr('cli.opsi.pdf'))
    .option('--no-pdf', tr('cli.opsi.tanpaPdf'))
    .option('--date <date>', tr('cli.opsi.date'))
    .option('--scan <url>', tr('cli.opsi.scan'))
    .action(
      async (
        file: string,
        action: string,
        opts: {
          as: string;
          nip?: string;
          doc?: string;
          note?: string;
          catatan?: string;
          pdf?: boolean;
          date?: string;
          scan?: string;
        },
      ) => {
        const { catatan, ...rest } = opts;
        const withNote = {
          ...rest,
          ...(rest.note === undefined && catatan !== undefined ? { note: catatan } : {}),
        };
        code = await (await commands()).actCommand(withPdf(io, opts.pdf), file, action, withNote);
      },
    );
  program
    .command('verify')
    .alias('verifikasi')
    .description(tr('cli.verify'))
    .argument(`<${tr('cli.arg.file')}>`, tr('cli.arg.fileDesc'))
    .argument(`<${tr('cli.arg.kode')}>`, tr('cli.arg.kodeDesc'))
    .action(async (file: string, kode: string) => {
      code = await (await commands()).verifyCommand(io, file, kode);
    });
  program
    .command('status')
    .description(tr('cli.status'))
    .argument(`<${tr('cli.arg.file')}>`, tr('cli.arg.fileDesc'))
    .requiredOption('--as <email>', tr('cli.opsi.asStatus'))
    .action(async (file: string, opts: { as: string }) => {
      code = await (await import('./status-command')).statusCommand(io, file, opts);
    });
  program
    .command('recap')
    .description(tr('cli.recap'))
    .argument(`<${tr('cli.arg.file')}>`, tr('cli.arg.fileDesc'))
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
    .argument(`<${tr('cli.arg.file')}>`, tr('cli.arg.fileDesc'))
    .option('--nip <nip>', tr('cli.opsi.nipDokumen'))
    .requiredOption('--kind <kind>', tr('cli.opsi.kind'))
    .requiredOption('--out <dir>', tr('cli.opsi.out'))
    .option('--as <email>', tr('cli.opsi.as'))
    .option('--pdf', tr('cli.opsi.pdf'))
    .option('--no-pdf', tr('cli.opsi.tanpaPdf'))
    .action(
      async (file: string, opts: { nip?: string; kind: string; out: string; as?: string; pdf?: boolean }) => {
        code = await (await commands()).documentCommand(withPdf(io, opts.pdf), file, opts);
      },
    );
  program
    .command('preview')
    .description(tr('cli.preview'))
    .argument(`<${tr('cli.arg.file')}>`, tr('cli.arg.fileDesc'))
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
    .argument(`[${tr('cli.arg.dir')}]`, tr('cli.arg.dirDesc'), 'out')
    .option('--fresh', tr('cli.opsi.fresh'))
    .option('--start', tr('cli.opsi.start'))
    .option('--pdf', tr('cli.opsi.pdf'))
    .option('--no-pdf', tr('cli.opsi.tanpaPdf'))
    .action(async (dir: string, opts: { fresh?: boolean; start?: boolean; pdf?: boolean }) => {
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
      io.err(commanderError(error, lang));
      return 2;
    }
    if (error instanceof LocalError) {
      io.err(t(error.key, error.params, lang));
      return error.exitCode;
    }
    throw error;
  }
}

/** A yes/no question on the terminal (stderr, so stdout stays the command's output): yes is `y`/`ya`/`yes`. */
async function askOnTerminal(question: string): Promise<boolean> {
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^(y|ya|yes)$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
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
    // a question needs someone to answer it: only on a terminal (piped or scripted runs pass --yes)
    ...(process.stdin.isTTY && process.stderr.isTTY ? { ask: askOnTerminal } : {}),
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
