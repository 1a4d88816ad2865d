// The deployed configuration of the recap service, from the environment (or a JSON file deployed with
// the function). The allow-list maps each office's spreadsheet ID to its recap folder: the folder is never
// taken from the sheet, so no sheet can write into another office's folder.
import { readFileSync } from 'node:fs';
import type { IdentityConfig } from '../auth/identity';

export interface Office {
  readonly folderId: string;
  /** Where signed PK and RA documents go (default: the recap folder). */
  readonly archiveFolderId?: string;
  readonly name?: string;
}

export interface Deployment {
  readonly offices: Readonly<Record<string, Office>>;
  readonly identity: IdentityConfig;
  /** Emails allowed to call /recap-all (regency-level operators). */
  readonly operators: readonly string[];
  /** Cloud Tasks queue `projects/P/locations/L/queues/Q`, and the URL tasks call. */
  readonly queue: string | null;
  readonly recapUrl: string | null;
  readonly tasksServiceAccount: string | null;
  /** Tests only: where the Google APIs are (the local test server). */
  readonly googleRootUrl: string | null;
}

const list = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * KINERJA_CONFIG (path to a JSON file) or KINERJA_OFFICES (JSON: {"<spreadsheetId>": {"folderId": "..."}}),
 * KINERJA_AUDIENCES, KINERJA_HOSTED_DOMAINS, KINERJA_OPERATORS, KINERJA_TASKS_QUEUE, KINERJA_RECAP_URL,
 * KINERJA_TASKS_SERVICE_ACCOUNT.
 */
export function deploymentFromEnv(env: NodeJS.ProcessEnv = process.env): Deployment {
  const file = env.KINERJA_CONFIG
    ? (JSON.parse(readFileSync(env.KINERJA_CONFIG, 'utf8')) as Partial<{ offices: Record<string, Office> }>)
    : {};
  const offices =
    file.offices ?? (env.KINERJA_OFFICES ? (JSON.parse(env.KINERJA_OFFICES) as Record<string, Office>) : {});
  const serviceAccount = env.KINERJA_TASKS_SERVICE_ACCOUNT?.toLowerCase() ?? null;
  return {
    offices,
    identity: {
      audiences: list(env.KINERJA_AUDIENCES),
      hostedDomains: list(env.KINERJA_HOSTED_DOMAINS),
      serviceAccounts: serviceAccount ? [serviceAccount] : [],
      serviceAudience: env.KINERJA_RECAP_URL ?? null,
    },
    operators: list(env.KINERJA_OPERATORS).map((e) => e.toLowerCase()),
    queue: env.KINERJA_TASKS_QUEUE ?? null,
    recapUrl: env.KINERJA_RECAP_URL ?? null,
    tasksServiceAccount: serviceAccount,
    googleRootUrl: env.KINERJA_GOOGLE_ROOT_URL ?? null,
  };
}
