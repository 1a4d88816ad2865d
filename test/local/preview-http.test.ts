// The local preview's HTTP boundary: loopback only, a per-run token, Host and Origin checked on every POST,
// the `as` parameter escaped, and a malformed body answered with 400 while the server lives on.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Preview, startPreview } from '../../functions/local/preview';
import { DEMO_NIP, DEMO_PEGAWAI } from '../../shared';
import { demoFile } from '../support/xlsx';

let preview: Preview;
let base: URL;
let token: string;

beforeAll(async () => {
  preview = await startPreview(await demoFile(), 0);
  base = new URL(preview.url);
  token = base.searchParams.get('token') ?? '';
}, 60_000);
afterAll(() => preview.close());

function call(
  method: string,
  path: string,
  opts: { headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string }> {
  return new Promise((done, failed) => {
    const req = request(
      { host: '127.0.0.1', port: base.port, method, path, headers: { Host: base.host, ...opts.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          done({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', failed);
    req.end(opts.body);
  });
}

const post = (body: string, headers: Record<string, string> = {}) =>
  call('POST', `/rpc/ambilTampilan?token=${token}`, {
    body,
    headers: { 'Content-Type': 'application/json', Origin: `http://${base.host}`, ...headers },
  });
const stafTu = DEMO_PEGAWAI.find((p) => p.nip === DEMO_NIP.stafTu)?.email as string;

describe('kinerja preview over HTTP', () => {
  it('listens on the loopback address with a long random token in its URL', () => {
    expect(base.hostname).toBe('127.0.0.1');
    expect(token).toMatch(/^[A-Za-z0-9_-]{32,}$/);
  });

  it("refuses the page and the calls without this run's token", async () => {
    expect((await call('GET', '/')).status).toBe(403);
    expect((await call('GET', '/?token=salah')).status).toBe(403);
    expect((await call('GET', `/?token=${token}`)).status).toBe(200);
    const r = await call('POST', '/rpc/ambilTampilan', {
      body: '{}',
      headers: { 'Content-Type': 'application/json', Origin: `http://${base.host}` },
    });
    expect(r.status).toBe(403);
  });

  it('refuses a POST from another origin, without an origin, or to another Host name (DNS rebinding)', async () => {
    const body = JSON.stringify({ as: stafTu, args: [] });
    expect((await post(body, { Origin: 'https://jahat.example' })).status).toBe(403);
    expect((await post(body, { Origin: 'null' })).status).toBe(403);
    expect(
      (
        await call('POST', `/rpc/ambilTampilan?token=${token}`, {
          body,
          headers: { 'Content-Type': 'application/json' },
        })
      ).status,
    ).toBe(403);
    expect((await post(body, { Host: `jahat.example:${base.port}` })).status).toBe(421);
    expect((await post(body, { 'Content-Type': 'text/plain' })).status).toBe(415);
    const ok = await post(body);
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true });
  });

  it('escapes the `as` parameter: no reflected script', async () => {
    const evil = '</script><script>alert(1)</script>';
    const r = await call('GET', `/?token=${token}&as=${encodeURIComponent(evil)}`);
    expect(r.status).toBe(200);
    expect(r.body).not.toContain(evil);
    expect(r.body).not.toContain('<script>alert(1)');
    expect(r.body).toContain('\\u003c/script>\\u003cscript>alert(1)\\u003c/script>');
  });

  it('answers a malformed body with 400 and keeps serving', async () => {
    for (const bad of ['{', 'null', '[1,2]', '"teks"', '{"args": 5}', '\u0000\u0001']) {
      const r = await post(bad);
      expect(r.status, bad).toBe(400);
      expect(JSON.parse(r.body)).toMatchObject({ ok: false });
    }
    const r = await post(JSON.stringify({ as: stafTu, args: [] }));
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body).value.saya.nama).toBe('Eko Prasetyo');
  });
});
