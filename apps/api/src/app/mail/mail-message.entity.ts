import type { Locale, MailState, NotificationKind } from '@prgauge/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One outgoing email, rendered when its event is recorded. `idempotencyKey` (event and recipient) makes
 * recording the same event twice write one message; `messageId` is the RFC 5322 Message-ID it is always sent
 * with, so a resend after a crash between sending and marking reads as the same message.
 */
@Entity('mail_message')
export class MailMessage {
  @PrimaryColumn('uuid') id!: string;
  @Column('text', { name: 'idempotency_key' }) idempotencyKey!: string;
  @Column('text', { name: 'message_id' }) messageId!: string;
  @Column('uuid', { name: 'region_id', nullable: true }) regionId!: string | null;
  @Column('uuid', { name: 'account_id', nullable: true }) accountId!: string | null;
  @Column('text') kind!: NotificationKind;
  @Column('text', { name: 'to_address' }) toAddress!: string;
  @Column('text') locale!: Locale;
  @Column('text') subject!: string;
  @Column('text', { name: 'text_body' }) textBody!: string;
  @Column('text', { name: 'html_body' }) htmlBody!: string;
  @Column('text') state!: MailState;
  @Column('integer') attempts!: number;
  @Column('text', { name: 'last_error', nullable: true }) lastError!: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'sent_at', nullable: true }) sentAt!: Date | null;
  /** Parts only the reader may see (a token in a link), blanked wherever someone else reads the message. */
  @Column('text', { array: true, select: false }) secrets!: string[];
}
