import { randomUUID } from 'node:crypto';
import type { Locale, NotificationKind } from '@prgauge/contracts';
import type { EntityManager } from 'typeorm';
import { sendOnQueue } from '../jobs/enqueue-job';
import { mailLayout, type MailNote, type MailReader } from './mail-layout';
import { MAIL_QUEUE } from './mail-queue';
import { wakeMailWorkersAfterCommit } from './mail-wake';
import { isUnsubscribable, mailSecret, unsubscribeToken, unsubscribeUrls } from './unsubscribe-token';

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
  note: MailNote;
  /** The dashboard path of the thing it is about (`/cycles/…`), or null. */
  link: string | null;
  /** Parts only the reader may see (a token in a link), blanked in the outbox. */
  secrets?: readonly string[];
  /** The product's address (`publicUrlOf`): every link in the message is made absolute on it. */
  publicUrl: string;
  /** The instant it is recorded (the app's clock). */
  now: Date;
}

/**
 * Records an email and queues its delivery, both inside the caller's transaction, so that a rolled-back event
 * leaves neither; the mail workers of this process are woken once that transaction commits, and retries follow
 * the queue's settings (`MAIL_QUEUE_OPTIONS`). The message is rendered now, with an unsubscribe link where it goes
 * to an account about a kind one may turn off. Returns the message's id, which is also its job's id, or null when
 * a message with the same idempotency key was recorded before.
 */
export async function queueMail(manager: EntityManager, request: MailRequest): Promise<string | null> {
  const id = randomUUID();
  const content = mailLayout(request.note, {
    publicUrl: request.publicUrl,
    link: request.link,
    reader: await readerOf(manager, request, id),
  });
  const rows: { id: string }[] = await manager.query(
    `INSERT INTO mail_message (id, idempotency_key, message_id, region_id, account_id, kind, to_address, locale,
       subject, text_body, html_body, created_at, secrets)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
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
      (request.secrets ?? []).filter((secret) => secret.length > 0),
    ],
  );
  if (!rows[0]) return null;
  await sendOnQueue(manager, MAIL_QUEUE, id, {});
  wakeMailWorkersAfterCommit(manager);
  return id;
}

async function readerOf(manager: EntityManager, request: MailRequest, id: string): Promise<MailReader> {
  if (!isUnsubscribable(request.accountId, request.kind))
    return request.accountId ? { kind: 'requested' } : { kind: 'address' };
  const token = unsubscribeToken(await mailSecret(manager), id);
  return { kind: 'account', unsubscribeUrl: unsubscribeUrls(request.publicUrl, token).page };
}
