// Google-style identity tokens signed with a key generated here, and the matching "certificates".
import { createSign, generateKeyPairSync } from 'node:crypto';

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
export const KID = 'kinerja-test-key';
export const certs = async (): Promise<Record<string, string>> => ({
  [KID]: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
});

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export interface Claims {
  email?: string;
  email_verified?: boolean;
  aud?: string;
  iss?: string;
  hd?: string;
  iat?: number;
  exp?: number;
}

export function idToken(claims: Claims, key = privateKey): string {
  const now = Math.floor(Date.now() / 1000);
  const payload = {
    iss: 'https://accounts.google.com',
    iat: now - 10,
    exp: now + 3600,
    sub: '1234567890',
    email_verified: true,
    ...claims,
  };
  const head = b64({ alg: 'RS256', typ: 'JWT', kid: KID });
  const body = b64(payload);
  const signature = createSign('RSA-SHA256').update(`${head}.${body}`).sign(key).toString('base64url');
  return `${head}.${body}.${signature}`;
}

export const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
