// What a sidebar call returns, and the sidebar's server interface: the add-on implements it on
// google.script.run, the local preview on POST /rpc/<name>; the sidebar client calls it through either.
import type { UnggahBukti } from '../bukti/bukti';
import type { Periode } from '../recap/period';
import type { SidebarView } from '../sidebar/view';
import type { ActionRequest } from '../workflow/act-many';

export interface ActionResult {
  readonly ok: boolean;
  /** What happened or why not, in the user's language. */
  readonly pesan: readonly string[];
  readonly view: SidebarView;
  readonly tautan?: { readonly docUrl: string; readonly pdfUrl: string | null };
}

/** The functions the sidebar calls on its server (arguments come from a browser: checked again there). */
export interface SidebarServer {
  ambilTampilan(): SidebarView;
  jalankanAksi(req: ActionRequest): ActionResult;
  jalankanBanyak(reqs: readonly unknown[]): ActionResult;
  kompilasiRekap(periode: Periode): ActionResult;
  cetakDokumen(nip: string, jenis: 'PK' | 'RA'): ActionResult;
  bukaSel(tab: string, row: number, column: string | null): void;
  /** The office dashboard: what the recap of a period would miss, shown before compiling. */
  periksaRekap(periode: Periode): string[];
  /** The office dashboard: remind everyone something waits for past its SOP standard. */
  kirimPengingat(): ActionResult;
  /** My evidence file for one indicator and quarter: stored in the office's evidence folder, its link filled. */
  unggahBukti(req: UnggahBukti): ActionResult;
}

export type SidebarCall = keyof SidebarServer;
