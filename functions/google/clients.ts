// Google's official per-API clients (@googleapis/sheets, @googleapis/drive: the same project as
// `googleapis`, about a tenth of its cold import time), authorised as the function's service account
// through Application Default Credentials. `rootUrl` points them elsewhere (the local test server).
import { type drive_v3, drive as driveApi } from '@googleapis/drive';
import { type sheets_v4, sheets as sheetsApi } from '@googleapis/sheets';
import { GoogleAuth, type OAuth2Client } from 'google-auth-library';

export const SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets',
  'https://www.googleapis.com/auth/drive',
];

export interface GoogleClients {
  readonly sheets: sheets_v4.Sheets;
  readonly drive: drive_v3.Drive;
  /**
   * Per-call options for every request: uploads ignore the service's rootUrl, and the client's own
   * retry is off so that `withRetry` is the one retry policy (bounded, jittered, honouring Retry-After).
   */
  readonly callOptions: { rootUrl?: string; retry: false };
}

export function googleClients(
  opts: { rootUrl?: string; auth?: OAuth2Client | GoogleAuth } = {},
): GoogleClients {
  const auth = opts.auth ?? new GoogleAuth({ scopes: SCOPES });
  const rootUrl = opts.rootUrl ? (opts.rootUrl.endsWith('/') ? opts.rootUrl : `${opts.rootUrl}/`) : undefined;
  const common = { auth, retry: false, ...(rootUrl ? { rootUrl } : {}) };
  return {
    sheets: sheetsApi({ version: 'v4', ...common }),
    drive: driveApi({ version: 'v3', ...common }),
    callOptions: rootUrl ? { rootUrl, retry: false } : { retry: false },
  };
}
