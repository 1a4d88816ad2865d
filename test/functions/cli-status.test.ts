// The CLI in the sidebar's words: `status` (what waits for a person, what they wait on), refusals that say
// which actions are open now and for whom, Commander's help and errors in the user's language, and
// `document` without --nip.
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { XlsxWorkbook } from '../../functions/local/xlsx-workbook';
import { DEMO_NIP, DEMO_PEGAWAI } from '../../shared';
import { runCli } from '../support/cli';
import { demoFile, tmp } from '../support/xlsx';

const email = (nip: string) => DEMO_PEGAWAI.find((p) => p.nip === nip)?.email as string;
const EKO = DEMO_NIP.stafTu;
const DWI = DEMO_NIP.kasubagTu;

const run = (args: string[], lang: 'id' | 'en' = 'id') =>
  runCli(args, { lang, now: Date.parse('2026-01-06T09:00:00+07:00') });

describe('kinerja status', () => {
  it('lists what waits for the person and what they wait on, with the step names of the sidebar', async () => {
    const file = await demoFile();
    const eko = await run(['status', file, '--as', email(EKO)]);
    expect(eko.code).toBe(0);
    expect(eko.out).toContain('Perlu tindakan Anda');
    expect(eko.out).toContain(
      '- Perjanjian Kinerja 2026 [Draf] · Langkah 1: Ajukan PK · standar SOP 60 menit',
    );
    expect(eko.out).toContain(`    Ajukan PK: kinerja act ${file} --as ${email(EKO)} ajukan --doc PK`);
    expect(eko.out).not.toContain('Rencana Aksi 2026 [Draf]'); // not due before the PK is signed

    expect((await run(['act', file, '--as', email(EKO), 'ajukan', '--doc', 'PK'])).code).toBe(0);
    const after = await run(['status', file, '--as', email(EKO)]);
    expect(after.out).toMatch(
      /Menunggu orang lain\n- Perjanjian Kinerja 2026 \[Diajukan\]: Berikutnya: Teliti PK oleh Dwi Rahmawati/,
    );

    const dwi = await run(['status', file, '--as', email(DWI)]);
    expect(dwi.out).toContain('- Eko Prasetyo — Perjanjian Kinerja 2026 [Diajukan] · Langkah 2: Teliti');
    expect(dwi.out).toContain(
      `    Teliti: kinerja act ${file} --as ${email(DWI)} setujui --nip ${EKO} --doc PK`,
    );
    // the administrator also gets the office dashboard
    expect(dwi.out).toContain('Dasbor kantor\nKemajuan TW I per unit');
    expect(dwi.out).toContain('- Bagian Umum dan Keuangan: lapor 0/');
    expect(dwi.out).toMatch(/Belum menyelesaikan PK\/RA\n- .*: PK /);
    expect(eko.out).not.toContain('Dasbor kantor');
    expect(dwi.out).toContain(
      `    Kembalikan: kinerja act ${file} --as ${email(DWI)} kembalikan --nip ${EKO} --doc PK --note "Catatan untuk Eko Prasetyo`,
    );

    const en = await run(['status', file, '--as', email(DWI), '--lang', 'en'], 'en');
    expect(en.out).toContain('Needs your action');
    expect(en.out).toContain(`Review: kinerja act ${file} --as ${email(DWI)} setujui --nip ${EKO} --doc PK`);
  });

  it('an unknown person is refused with the sidebar’s message', async () => {
    const file = await demoFile();
    const r = await run(['status', file, '--as', 'orang@luar.id']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/tidak terdaftar di tab Pegawai/);
  });
});

describe('a refused action says what is open now, and for whom', () => {
  it('approving before submission lists the employee’s own step and email', async () => {
    const file = await demoFile();
    const r = await run(['act', file, '--as', email(DWI), 'setujui', '--nip', EKO, '--doc', 'PK']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Aksi "setujui" tidak berlaku untuk PK 2026 yang berstatus Draf.');
    expect(r.err).toContain('Aksi yang terbuka sekarang untuk dokumen Eko Prasetyo:');
    expect(r.err).toContain(`  - Ajukan PK (kinerja act … ajukan --doc PK) oleh ${email(EKO)}`);
  });
});

describe('Commander in the user’s language', () => {
  it('the help has no English words of Commander in Indonesian, and English with --lang en', async () => {
    const id = await run(['--help']);
    expect(id.code).toBe(0);
    expect(id.out).toMatch(/^Cara pakai: kinerja \[opsi\] \[perintah\]/);
    expect(id.out).toContain('Opsi:');
    expect(id.out).toContain('Perintah:');
    expect(id.out).toContain('(bawaan: "id")');
    expect(id.out).not.toMatch(/Usage|Options|Commands|default:|\[options\]/);
    const act = await run(['act', '--help']);
    expect(act.out).toContain('Argumen:');
    expect(act.out).toContain('<berkas>');
    const en = await run(['act', '--help', '--lang', 'en'], 'en');
    expect(en.out).toMatch(/^Usage: kinerja act \[options\] <file> <action>/);
    expect(en.out).toContain('Arguments:');
  });

  it.each([
    [['act', 'x.xlsx', 'ajukan'], 'id', 'opsi --as <email> wajib diisi'],
    [['act', 'x.xlsx', 'ajukan'], 'en', 'option --as <email> is required'],
    [['validate'], 'id', 'argumen berkas belum diisi'],
    [['validate', 'x.xlsx', '--frob'], 'id', 'opsi --frob tidak dikenal'],
    [['terbang'], 'id', 'perintah terbang tidak dikenal'],
    [['act', 'x.xlsx', 'ajukan', '--as'], 'id', 'opsi --as <email> perlu nilai'],
  ] as const)('%j (%s) says: %s', async (args, lang, message) => {
    const r = await run([...args], lang);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err).not.toMatch(/required option|not specified|missing required|unknown option/);
  });
});

describe('kinerja document without --nip', () => {
  it('writes the document of the --as user, as its help says; without either it says what to give', async () => {
    const file = await demoFile();
    for (const [who, aksi] of [
      [EKO, 'ajukan'],
      [DWI, 'setujui'],
      [DWI, 'setujui'],
    ] as const)
      expect((await run(['act', file, '--as', email(who), aksi, '--nip', EKO, '--doc', 'PK'])).code).toBe(0);
    const out = tmp();
    const r = await run(['document', file, '--kind', 'PK', '--out', out, '--as', email(EKO)]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Dokumen PK Eko Prasetyo ditulis');
    expect(readdirSync(out).some((f) => f.endsWith('.docx'))).toBe(true);
    const none = await run(['document', file, '--kind', 'PK', '--out', out]);
    expect(none.code).toBe(2);
    expect(none.err).toContain(
      'Sebutkan pemilik dokumen dengan --nip, atau --as untuk dokumen Anda sendiri.',
    );
    expect(existsSync(file)).toBe(true);
  });
});

describe('kinerja init on an office’s own Pegawai tab', () => {
  it('recognises "Nama Pegawai", "NIP Baru" and "Jabatan Struktural": no duplicate column, every row valid', async () => {
    const file = await demoFile();
    const wb = await XlsxWorkbook.upgrade(file);
    const sheet = wb.raw.getWorksheet('Pegawai');
    const rename: Record<string, string> = {
      NIP: 'NIP Baru',
      Nama: 'Nama Pegawai',
      Jabatan: 'Jabatan Struktural',
    };
    sheet?.getRow(1).eachCell((cell) => {
      const to = rename[String(cell.value)];
      if (to) cell.value = to;
    });
    await wb.save(file);
    expect((await run(['init', file])).code).toBe(0);
    const after = await XlsxWorkbook.upgrade(file);
    const header: string[] = [];
    after.raw
      .getWorksheet('Pegawai')
      ?.getRow(1)
      .eachCell((c) => {
        header.push(String(c.value));
      });
    expect(header).toContain('Nama Pegawai');
    expect(header).not.toContain('Nama');
    expect(header).not.toContain('NIP');
    const v = await run(['validate', file]);
    // nothing but the demo's own warning (a portion short of its superior's target)
    expect(v.err.split('\n').filter((l) => l && !l.startsWith('Peringatan: '))).toEqual([]);
    expect(v.code).toBe(0);
  });
});
