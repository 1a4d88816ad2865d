// Who is calling: the Google identity token the add-on sends (ScriptApp.getIdentityToken()) or the OIDC
// token Cloud Tasks attaches, verified with google-auth-library: signature against Google's certificates,
// audience, issuer, expiry; then a verified email and, optionally, a hosted domain on the allow-list.
import { OAuth2Client } from 'google-auth-library';
import { fail, ok, type Result } from '../../shared';

export const GOOGLE_ISSUERS = ['accounts.google.com', 'https://accounts.google.com'];

export interface IdentityConfig {
  /** OAuth client IDs of the add-on's Apps Script project (the audience of its identity tokens). */
  readonly audiences: readonly string[];
  /** Optional Workspace domains allowed to call (empty: any). */
  readonly hostedDomains: readonly string[];
  /** Service accounts that Cloud Tasks uses to call, and the audience it sets (the function URL). */
  readonly serviceAccounts: readonly string[];
  readonly serviceAudience: string | null;
}

export interface Identity {
  readonly email: string;
  readonly kind: 'user' | 'service';
}

/** Keys by `kid`: Google's federated sign-on certificates in production, a local key in tests. */
export type CertSource = () => Promise<Record<string, string>>;

const client = new OAuth2Client();

export const googleCerts: CertSource = async () =>
  (await client.getFederatedSignonCertsAsync()).certs as Record<string, string>;

export async function verifyIdentity(
  authorization: string | undefined,
  cfg: IdentityConfig,
  certs: CertSource,
): Promise<Result<Identity>> {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (!token) return fail({ key: 'http.tokenKosong' });
  const audiences = [...cfg.audiences, ...(cfg.serviceAudience ? [cfg.serviceAudience] : [])];
  let payload: Record<string, unknown>;
  try {
    const ticket = await client.verifySignedJwtWithCertsAsync(
      token,
      await certs(),
      audiences,
      GOOGLE_ISSUERS,
    );
    payload = (ticket.getPayload() ?? {}) as unknown as Record<string, unknown>;
  } catch (error) {
    return fail({ key: 'http.tokenTidakSah', params: { sebab: reason(error) } });
  }
  const email = String(payload.email ?? '').toLowerCase();
  if (!email || payload.email_verified !== true)
    return fail({ key: 'http.emailBelumDiverifikasi', params: { email: email || '-' } });
  const isService = cfg.serviceAccounts.includes(email);
  if (isService) {
    return payload.aud === cfg.serviceAudience
      ? ok({ email, kind: 'service' })
      : fail({ key: 'http.tokenTidakSah', params: { sebab: 'audience' } });
  }
  if (!cfg.audiences.includes(String(payload.aud)))
    return fail({ key: 'http.tokenTidakSah', params: { sebab: 'audience' } });
  if (cfg.hostedDomains.length > 0 && !cfg.hostedDomains.includes(String(payload.hd ?? ''))) {
    return fail({ key: 'http.domainDitolak', params: { email, domain: cfg.hostedDomains.join(', ') } });
  }
  return ok({ email, kind: 'user' });
}

function reason(error: unknown): string {
  const message = String((error as Error)?.message ?? error);
  if (/too late/i.test(message)) return 'kedaluwarsa / expired';
  if (/audience|recipient/i.test(message)) return 'audience';
  if (/issuer/i.test(message)) return 'issuer';
  if (/signature|pem/i.test(message)) return 'tanda tangan / signature';
  if (/too early/i.test(message)) return 'belum berlaku / not yet valid';
  return 'format';
}
