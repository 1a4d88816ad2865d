// The recap service's HTTP boundary, through functions-framework's own server: a malformed or oversized
// body is answered in the service's JSON error shape (never express's HTML page or a stack trace), and
// /recap-all asks for one task per office however often it is named, within a bounded batch.
import type { AddressInfo } from 'node:net';
import { http } from '@google-cloud/functions-framework';
import { getTestServer } from '@google-cloud/functions-framework/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deployment } from '../../functions/config/deployment';
import { installFrameworkErrors } from '../../functions/http/framework-errors';
import { type Deps, MAX_RECAP_ALL, recapAllHandler, recapHandler } from '../../functions/http/handlers';
import type { TaskQueue } from '../../functions/tasks/queue';
import { certs, idToken } from '../support/tokens';

const AUDIENCE = '1234-kinerja.apps.googleusercontent.com';
const OPERATOR = 'operator@nganjukkab.go.id';
const OFFICES = ['office-nganjuk-dprd-0001', 'office-kecamatan-berbek-02'];
const enqueued: { spreadsheetId: string }[][] = [];

const deployment: Deployment = {
  offices: Object.fromEntries(OFFICES.map((id) => [id, { folderId: `folder-${id}` }])),
  identity: {
    audiences: [AUDIENCE],
    hostedDomains: ['nganjukkab.go.id'],
    serviceAccounts: [],
    serviceAudience: 'https://example.invalid/recap',
  },
  operators: [OPERATOR],
  queue: null,
  recapUrl: 'https://example.invalid/recap',
  tasksServiceAccount: 'sa@example.iam.gserviceaccount.com',
  googleRootUrl: 'http://127.0.0.1:9',
};
const deps: Deps = {
  deployment,
  certs,
  clients: () => {
    throw new Error('no Google call is expected in these tests');
  },
  queue: () =>
    ({
      enqueue: async (tasks: { spreadsheetId: string }[]) => {
        enqueued.push(tasks);
        return tasks.map((t) => `task-${t.spreadsheetId}`);
      },
    }) as unknown as TaskQueue,
  now: () => Date.parse('2027-01-04T14:00:00+07:00'),
};

const servers: { close(cb: () => void): void }[] = [];
async function serve(name: string): Promise<string> {
  const s = getTestServer(name);
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  servers.push(s);
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}/`;
}

let recapUrl = '';
let allUrl = '';
beforeAll(async () => {
  installFrameworkErrors();
  http('boundaryRecap', recapHandler(deps));
  http('boundaryAll', recapAllHandler(deps));
  recapUrl = await serve('boundaryRecap');
  allUrl = await serve('boundaryAll');
});
afterAll(async () => {
  for (const s of servers) await new Promise<void>((resolve) => s.close(() => resolve()));
});

const operatorToken = () => idToken({ email: OPERATOR, aud: AUDIENCE, hd: 'nganjukkab.go.id' });

describe('malformed bodies', () => {
  it.each([
    ['{', 'application/json'],
    ['{"spreadsheetId": "x",}', 'application/json'],
    ['{"a": 1', 'application/json; charset=utf-8'],
    ['[1, 2', 'application/json'],
    ['\u0000\u0001', 'application/json'],
    ['{"a":1}', 'application/json; charset=ebcdic'],
  ])('%j (%s) gets 400 with the JSON error shape', async (body, type) => {
    const res = await fetch(recapUrl, { method: 'POST', headers: { 'Content-Type': type }, body });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const text = await res.text();
    expect(text).not.toMatch(/<html|<pre|\n\s+at /i);
    expect(JSON.parse(text).error).toMatchObject({ kode: 'http.badanTidakSah' });
  });

  it('a body that is JSON but not an object is refused by the handler, in the same shape', async () => {
    for (const body of ['null', '[]', '"teks"', '42']) {
      const res = await fetch(allUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: unknown }).error).toMatchObject({ kode: 'http.badanTidakSah' });
    }
  });
});

describe('POST /recap-all batches', () => {
  const post = (ids: string[]) =>
    fetch(allUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${operatorToken()}` },
      body: JSON.stringify({ spreadsheetIds: ids, year: 2026, period: 'TW4' }),
    });

  it('enqueues one task per office however often it is named', async () => {
    enqueued.length = 0;
    const res = await post([OFFICES[0], OFFICES[1], OFFICES[0], OFFICES[0], OFFICES[1]] as string[]);
    expect(res.status).toBe(202);
    expect(((await res.json()) as { tasks: unknown[] }).tasks).toHaveLength(2);
    expect(enqueued).toEqual([
      [
        expect.objectContaining({ spreadsheetId: OFFICES[0] }),
        expect.objectContaining({ spreadsheetId: OFFICES[1] }),
      ],
    ]);
  });

  it(`refuses more than ${MAX_RECAP_ALL} offices in one request, before any task`, async () => {
    enqueued.length = 0;
    const ids = Array.from(
      { length: MAX_RECAP_ALL + 1 },
      (_, i) => `office-generated-${String(i).padStart(4, '0')}`,
    );
    const res = await post(ids);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: unknown }).error).toMatchObject({
      kode: 'http.terlaluBanyakKantor',
    });
    expect(enqueued).toEqual([]);
  });
});
