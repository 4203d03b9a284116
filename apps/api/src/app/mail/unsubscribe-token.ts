import { createHmac, timingSafeEqual } from 'node:crypto';
import { MANDATORY_NOTIFICATION_KINDS, type NotificationKind } from '@prgauge/contracts';
import type { EntityManager } from 'typeorm';

/**
 * Unsubscribe links (RFC 8058). A token is `<message id>.<HMAC-SHA256 of it>`, signed with the installation's
 * secret in `mail_secret` (made by the migration). An HMAC rather than a stored hash of a random token: the
 * `List-Unsubscribe` header is built when the message is sent, perhaps by another process after a restart, and a
 * hash could not give the token back. The secret lives in the database so that every instance signs alike with no
 * setting to manage; without it nobody can make a token for another message (256 bits of signature to guess).
 */
const TOKEN_PATTERN = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{43})$/;

/** The installation's signing secret (32 bytes or more). */
export async function mailSecret(manager: EntityManager): Promise<Buffer> {
  const rows = (await manager.query(`SELECT secret FROM mail_secret WHERE id = 1`)) as { secret: Buffer }[];
  if (!rows[0]) throw new Error('mail_secret is empty: run the migrations');
  return rows[0].secret;
}

function signatureOf(secret: Buffer, messageId: string): Buffer {
  return createHmac('sha256', secret).update(`unsubscribe:${messageId}`).digest();
}

/** The token of one message's unsubscribe link (URL-safe, 80 characters). */
export function unsubscribeToken(secret: Buffer, messageId: string): string {
  return `${messageId}.${signatureOf(secret, messageId).toString('base64url')}`;
}

/** The message a token was made for, or null when it is malformed or its signature is not ours. */
export function messageOfToken(secret: Buffer, token: string): string | null {
  const match = TOKEN_PATTERN.exec(token);
  if (!match) return null;
  const given = Buffer.from(match[2], 'base64url');
  const expected = signatureOf(secret, match[1]);
  return given.length === expected.length && timingSafeEqual(given, expected) ? match[1] : null;
}

/** Where the reader confirms (the dashboard's page) and where mail clients post one click (the API's route). */
export function unsubscribeUrls(publicUrl: string, token: string): { page: string; oneClick: string } {
  const query = `token=${encodeURIComponent(token)}`;
  return {
    page: `${publicUrl}/unsubscribe?${query}`,
    oneClick: `${publicUrl}/api/mail/unsubscribe?${query}`,
  };
}

/** Whether a message carries an unsubscribe link: it went to an account, about a kind one may turn off. */
export function isUnsubscribable(accountId: string | null, kind: NotificationKind): accountId is string {
  return accountId !== null && !MANDATORY_NOTIFICATION_KINDS.includes(kind);
}
