import { randomUUID } from 'node:crypto';
import type { Locale, NotificationKind } from '@prgauge/contracts';
import type { EntityManager } from 'typeorm';
import type { RenderedNotification } from '../notifications/texts/render-notification';
import { mailLayout } from './mail-layout';

/** One email to record: to whom, about what, already in the reader's words. */
export interface MailRequest {
  /** Unique per event and recipient: recording the same key again writes nothing. */
  idempotencyKey: string;
  kind: NotificationKind;
  regionId: string | null;
  /** The account it goes to, or null for a person without one (an applicant). */
  accountId: string | null;
  to: string;
  locale: Locale;
  note: RenderedNotification;
  /** Absolute address of the thing it is about, or null. */
  link: string | null;
  /** The instant it is recorded (the app's clock). */
  now: Date;
}

/**
 * Records an email inside the caller's transaction, so that a rolled-back event leaves none. Returns the
 * message's id, or null when a message with the same idempotency key was recorded before.
 */
export async function queueMail(manager: EntityManager, request: MailRequest): Promise<string | null> {
  const id = randomUUID();
  const content = mailLayout(request.note, request.link, null);
  const rows: { id: string }[] = await manager.query(
    `INSERT INTO mail_message (id, idempotency_key, message_id, region_id, account_id, kind, to_address, locale,
       subject, text_body, html_body, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
     ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
    [
      id,
      request.idempotencyKey,
      `<${id}@prgauge>`,
      request.regionId,
      request.accountId,
      request.kind,
      request.to,
      request.locale,
      content.subject,
      content.text,
      content.html,
      request.now,
    ],
  );
  return rows[0]?.id ?? null;
}
