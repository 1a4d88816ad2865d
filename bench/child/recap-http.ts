// Run in its own process by the bench, bundled as deployed: the recap function's real HTTP handler in
// functions-framework's server, called over HTTP with an identity token, reading the office through the
// real Sheets client (values.batchGet parsing) from a local Google API server, rendering the annual DOCX,
// uploading it to Drive and writing Rekap and Riwayat back. Prints {ms, peakMb, status} where ms is the
// request's round trip, cpuMs the CPU time (user + system) this process spent on it (the Google API
// server's is not counted: it runs in the bench's process) and peakMb the process's maximum resident set size.
// env: KINERJA_BENCH_GOOGLE (API server URL), KINERJA_BENCH_CERTS (JSON kid -> PEM), KINERJA_BENCH_TOKEN,
// KINERJA_BENCH_ANCHOR (the log's anchor as the add-on sends it).
import type { AddressInfo } from 'node:net';
import { http } from '@google-cloud/functions-framework';
import { getTestServer } from '@google-cloud/functions-framework/testing';
import { OAuth2Client } from 'google-auth-library';
import { googleClients } from '../../functions/google/clients';
import { installFrameworkErrors } from '../../functions/http/framework-errors';
import { recapHandler } from '../../functions/http/handlers';
import { BENCH_ADMIN_AUDIENCE, BENCH_OFFICE } from './recap-http-config';

const google = process.env.KINERJA_BENCH_GOOGLE ?? '';
const certs = JSON.parse(process.env.KINERJA_BENCH_CERTS ?? '{}') as Record<string, string>;
const auth = new OAuth2Client();
auth.setCredentials({ access_token: 'test-access-token', expiry_date: Date.now() + 3_600_000 });

installFrameworkErrors();
http(
  'recap',
  recapHandler({
    deployment: {
      offices: { [BENCH_OFFICE]: { folderId: 'folder-bench' } },
      identity: {
        audiences: [BENCH_ADMIN_AUDIENCE],
        hostedDomains: ['kantor.go.id'],
        serviceAccounts: [],
        serviceAudience: 'https://example.invalid/recap',
      },
      operators: [],
      queue: null,
      recapUrl: null,
      tasksServiceAccount: null,
      googleRootUrl: google,
    },
    certs: async () => certs,
    clients: () => googleClients({ rootUrl: google, auth }),
    queue: () => {
      throw new Error('no queue in this bench');
    },
    now: () => Date.parse('2027-01-04T15:00:00+07:00'),
  }),
);
const server = getTestServer('recap');
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const start = performance.now();
const cpu = process.cpuUsage();
const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${process.env.KINERJA_BENCH_TOKEN}` },
  body: JSON.stringify({
    spreadsheetId: BENCH_OFFICE,
    year: 2026,
    period: 'TAHUNAN',
    anchor: JSON.parse(process.env.KINERJA_BENCH_ANCHOR ?? 'null'),
  }),
});
const body = await res.text();
const ms = performance.now() - start;
const used = process.cpuUsage(cpu);
if (res.status !== 200) process.stderr.write(`${body}\n`);
server.close();
process.stdout.write(
  `${JSON.stringify({
    ms,
    cpuMs: (used.user + used.system) / 1000,
    peakMb: process.resourceUsage().maxRSS / 1024,
    status: res.status,
  })}\n`,
);
