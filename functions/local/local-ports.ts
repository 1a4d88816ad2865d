// The action service's ports in the local mode: the .xlsx workbook, one action per command (no lock
// needed), no email (the CLI prints who acts next), and the signed documents filed into a folder next to
// the workbook at the steps the transition table names, as the add-on files them on Drive.
import { basename } from 'node:path';
import {
  type Diarsip,
  describeProblem,
  type Lang,
  type PortAksi,
  type Problem,
  TANPA_KUNCI,
} from '../../shared';
import { nodeSha256 } from '../platform/sha256';
import type { DocumentStore } from '../recap/pipeline';
import { jangkarLokal } from './anchor-file';
import type { XlsxWorkbook } from './xlsx-workbook';

export interface LocalFiled extends Diarsip {
  readonly problems: readonly Problem[];
}

export function localPorts(
  wb: XlsxWorkbook,
  opts: { file: string; store: DocumentStore; email: string; now: number; lang?: Lang },
): PortAksi<Promise<LocalFiled>> {
  return {
    workbook: {
      readTables: (names) => wb.readTables(names),
      writeRanges: (writes) => wb.writeRanges(writes),
      appendRows: (tab, rows) => wb.appendRows(tab, rows),
      protectRows: (tab, rows) => wb.protectRows(tab, rows),
      unprotectRows: (tab, rows) => wb.unprotectRows(tab, rows),
    },
    lock: TANPA_KUNCI,
    mailer: null,
    filer: async (k, nip, jenis) => {
      const req = {
        officeId: basename(opts.file),
        nip,
        jenis,
        email: opts.email,
        now: opts.now,
        jangkar: jangkarLokal(opts.file, wb).baca(),
      };
      // the renderer (docx, canvas) loads only when a step files a document
      const { runDocument } = await import('../documents/pipeline');
      const r = await runDocument(wb, opts.store, req, nodeSha256);
      return r.ok
        ? { ok: true, pesan: `${jenis} ${nip}: ${r.value.links.docUrl}`, ...r.value.links, problems: [] }
        : {
            ok: false,
            pesan: r.problems.map((p) => describeProblem(p, opts.lang ?? k.settings.bahasa)).join(' '),
            problems: r.problems,
          };
    },
    clock: () => opts.now,
    sha256: nodeSha256,
    jangkar: jangkarLokal(opts.file, wb),
  };
}
