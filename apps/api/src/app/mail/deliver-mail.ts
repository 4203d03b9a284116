import type { NotificationKind } from '@prgauge/contracts';
import type { EntityManager } from 'typeorm';
import type { MailTransport } from './mail-transport';
import { isUnsubscribable, mailSecret, unsubscribeToken, unsubscribeUrls } from './unsubscribe-token';

/** How messages leave: through `transport`, or, with none (no `SMTP_URL`), into the outbox. */
export interface DeliverySettings {
  transport: MailTransport | null;
  /** `MAIL_FROM`. */
  from: string;
  /** `publicUrlOf(env)`: where the one-click unsubscribe of `List-Unsubscribe` is posted. */
  publicUrl: string;
  /** The current instant (the app's clock). */
  now: () => Date;
}

/** What became of a message: sent now, kept in the outbox, or left alone (already sent, kept or given up). */
export type DeliveryOutcome = 'sent' | 'kept' | 'skipped';

interface QueuedMessage {
  id: string;
  message_id: string;
  account_id: string | null;
  kind: NotificationKind;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
  state: string;
}

/**
 * Delivers one message once: a message no longer `queued` is never sent again. It is marked `sent` only after the
 * server accepted it, so a worker lost between the two leaves it `queued`, and the retry sends it again, with the
 * same Message-ID, which readers' mail programs show once. Rejects with the transport's error (the message's
 * `attempts` already counts the try).
 */
export async function deliverMail(
  manager: EntityManager,
  id: string,
  settings: DeliverySettings,
): Promise<DeliveryOutcome> {
  const [message] = (await manager.query(
    `SELECT id, message_id, account_id, kind, to_address, subject, text_body, html_body, state
       FROM mail_message WHERE id = $1`,
    [id],
  )) as QueuedMessage[];
  if (!message || message.state !== 'queued') return 'skipped';
  if (!settings.transport) {
    await manager.query(
      `UPDATE mail_message SET state = 'kept', sent_at = $2 WHERE id = $1 AND state = 'queued'`,
      [id, settings.now()],
    );
    return 'kept';
  }
  await manager.query(`UPDATE mail_message SET attempts = attempts + 1 WHERE id = $1`, [id]);
  await settings.transport.send({
    messageId: message.message_id,
    from: settings.from,
    to: message.to_address,
    subject: message.subject,
    text: message.text_body,
    html: message.html_body,
    headers: await unsubscribeHeaders(manager, message, settings.publicUrl),
  });
  await manager.query(
    `UPDATE mail_message SET state = 'sent', sent_at = $2, last_error = NULL WHERE id = $1 AND state = 'queued'`,
    [id, settings.now()],
  );
  return 'sent';
}

/**
 * Records why a try failed; `final` (the queue's last retry) gives the message up as `failed`. `error` must
 * already be free of secrets (`mailErrorText`).
 */
export async function recordMailFailure(
  manager: EntityManager,
  id: string,
  error: string,
  final: boolean,
): Promise<void> {
  await manager.query(
    `UPDATE mail_message SET last_error = $2, state = CASE WHEN $3 THEN 'failed' ELSE state END
      WHERE id = $1 AND state = 'queued'`,
    [id, error, final],
  );
}

/**
 * RFC 8058 one-click unsubscribe for a message to an account about a kind one may turn off: mail programs post
 * `List-Unsubscribe=One-Click` to the API's route, which needs no sign-in.
 */
async function unsubscribeHeaders(
  manager: EntityManager,
  message: QueuedMessage,
  publicUrl: string,
): Promise<Record<string, string>> {
  if (!isUnsubscribable(message.account_id, message.kind)) return {};
  const token = unsubscribeToken(await mailSecret(manager), message.id);
  return {
    'List-Unsubscribe': `<${unsubscribeUrls(publicUrl, token).oneClick}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}
