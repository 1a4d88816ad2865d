// The kinerja CLI run in-process as a user runs it, its output and exit code collected (for CLI tests).
import { main } from '../../functions/local/cli';
import type { Io } from '../../functions/local/commands';

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export async function runCli(args: string[], opts: { now: number; lang?: 'id' | 'en' }): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    out: (s) => out.push(s),
    err: (s) => err.push(s),
    lang: opts.lang ?? 'id',
    now: () => opts.now,
    progress: false,
    pdf: false,
  };
  const code = await main(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}
