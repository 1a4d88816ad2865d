// The add-on's entry points: triggers, menu items and the sidebar's server functions. Each is a one-line
// call into a module; the build emits a top-level `function name(){...}` for every export here.
import {
  ambilTampilan,
  bukaSel,
  cetakDokumen,
  jalankanAksi,
  jalankanBanyak,
  kompilasiRekap,
} from './server/api';
import { unggahBukti } from './server/bukti';
import { kirimPengingat, periksaRekap } from './server/dashboard';
import {
  buildMenu,
  dailyReminder,
  help,
  recapFromMenu,
  setReminder,
  setUp,
  showSidebar,
  validate,
} from './server/menu';

export const onOpen = (): void => buildMenu();
export const onInstall = (): void => buildMenu();
export const bukaPanel = (): void => showSidebar();
export const siapkanTab = (): void => setUp();
export const periksaData = (): void => validate();
export const rekapTw1 = (): void => recapFromMenu('TW1');
export const rekapTw2 = (): void => recapFromMenu('TW2');
export const rekapTw3 = (): void => recapFromMenu('TW3');
export const rekapTw4 = (): void => recapFromMenu('TW4');
export const rekapTahunan = (): void => recapFromMenu('TAHUNAN');
export const aturPengingat = (): void => setReminder();
export const pengingatHarian = (e?: { triggerUid?: string }): void => dailyReminder(e);
export const bantuan = (): void => help();
export {
  ambilTampilan,
  bukaSel,
  cetakDokumen,
  jalankanAksi,
  jalankanBanyak,
  kirimPengingat,
  kompilasiRekap,
  periksaRekap,
  unggahBukti,
};
