import type { Locale } from './locale';
import type { NotificationKind } from './notifications';

/**
 * Outgoing mail (issue 19): every email is a row, rendered when its event was recorded, and delivered by the
 * API's mail worker through SMTP, or kept in the outbox when no mail server is set up.
 */

/** Where a message is: waiting to be sent, sent by SMTP, kept in the outbox (no SMTP set up), or given up. */
export const MAIL_STATES = ['queued', 'sent', 'kept', 'failed'] as const;
export type MailState = (typeof MAIL_STATES)[number];

/** One message in the outbox's list (`GET /api/mail/outbox`), newest first. */
export interface MailMessageSummary {
  id: string;
  kind: NotificationKind;
  /** The region of the event it tells of; null for national ones (only national admins see those). */
  regionId: string | null;
  /** The address it goes to. */
  to: string;
  /** The language it is written in. */
  locale: Locale;
  subject: string;
  state: MailState;
  /** How many times sending was tried. */
  attempts: number;
  /** Why the last try failed (the mail server's answer), or null. */
  lastError: string | null;
  /** ISO 8601 instant it was recorded. */
  createdAt: string;
  /** ISO 8601 instant it was sent or kept; null while queued or once failed. */
  sentAt: string | null;
}

/** One message in full (`GET /api/mail/outbox/:mailId`): its parts as they are sent. */
export interface MailMessageView extends MailMessageSummary {
  /** The RFC 5322 Message-ID it is always sent with (`<…@prgauge>`). */
  messageId: string;
  /** The plain-text part. */
  text: string;
  /** The HTML part: a whole document, to be shown only in a sandboxed frame. */
  html: string;
}

/** `POST /api/mail/unsubscribe?token=…`: the kind whose email was turned off for the message's account. */
export interface UnsubscribeResult {
  kind: NotificationKind;
}
