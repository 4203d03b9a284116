import { createHash, randomBytes } from 'node:crypto';

/** A private link's token: 24 random bytes (192 bits), base64url, so it fits a URL path unescaped. */
export function newAccessToken(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * What is stored of a token: its SHA-256 in hex. The token carries 192 random bits, so a plain hash (no salt,
 * no slow hash) cannot be reversed, and the stored hash can be looked up directly.
 */
export function accessTokenHash(token: string): string {
  return createHash('sha256').update(`prgauge-applicant-link:${token}`).digest('hex');
}
