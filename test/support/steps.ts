// SOP steps 1-7 for one employee, as every workflow test plays them: the employee submits the PK, the
// superior approves and signs it, the same for the Rencana Aksi, and the administrator archives it.
export type LangkahPkRa = readonly [
  who: string,
  aksi: 'ajukan' | 'setujui' | 'arsipkan',
  dokumen: 'PK' | 'RA',
];

export function langkahPkRa(owner: string, superior: string, administrator: string): LangkahPkRa[] {
  return [
    [owner, 'ajukan', 'PK'],
    [superior, 'setujui', 'PK'],
    [superior, 'setujui', 'PK'],
    [owner, 'ajukan', 'RA'],
    [superior, 'setujui', 'RA'],
    [superior, 'setujui', 'RA'],
    [administrator, 'arsipkan', 'RA'],
  ];
}
