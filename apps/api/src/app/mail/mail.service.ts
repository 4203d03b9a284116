import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  type MailMessageSummary,
  type MailMessageView,
  type Page,
  type SessionUser,
  type UnsubscribeResult,
} from '@prgauge/contracts';
import { DataSource, Repository } from 'typeorm';
import { ApiException } from '../common/api-error';
import { pageOf, pageRowsOf, type PageWindow } from '../common/paging';
import { RecordNotFoundException } from '../common/record-not-found';
import { assertMay } from '../common/scope';
import { EmailChoices } from './email-choices.port';
import { MailMessage } from './mail-message.entity';
import { isUnsubscribable, mailSecret, messageOfToken, unsubscribeToken } from './unsubscribe-token';

/** What stands in the outbox for a message's unsubscribe token. */
const HIDDEN_TOKEN = 'hidden';

/** The columns of the outbox's list: everything but the parts. */
const SUMMARY_COLUMNS = {
  id: true,
  kind: true,
  regionId: true,
  toAddress: true,
  locale: true,
  subject: true,
  state: true,
  attempts: true,
  lastError: true,
  createdAt: true,
  sentAt: true,
} as const;

function summaryOf(message: MailMessage): MailMessageSummary {
  return {
    id: message.id,
    kind: message.kind,
    regionId: message.regionId,
    to: message.toAddress,
    locale: message.locale,
    subject: message.subject,
    state: message.state,
    attempts: message.attempts,
    lastError: message.lastError,
    createdAt: message.createdAt.toISOString(),
    sentAt: message.sentAt ? message.sentAt.toISOString() : null,
  };
}

/** The outbox that admins read, and the unsubscribe links that readers follow. */
@Injectable()
export class MailService {
  constructor(
    @InjectRepository(MailMessage) private readonly messages: Repository<MailMessage>,
    private readonly dataSource: DataSource,
    private readonly emailChoices: EmailChoices,
  ) {}

  /** The outgoing mail, newest first: a national admin's all, a director's their region's. */
  async list(user: SessionUser, window: PageWindow): Promise<Page<MailMessageSummary>> {
    const [rows, total] = await pageRowsOf(
      this.dataSource.manager,
      this.messages.createQueryBuilder().setFindOptions({
        select: SUMMARY_COLUMNS,
        where:
          user.role === 'admin' ? {} : { regionId: user.regionId ?? '00000000-0000-0000-0000-000000000000' },
        order: { createdAt: 'DESC', id: 'DESC' },
        take: window.limit,
        skip: window.offset,
      }),
      window,
    );
    return pageOf(rows.map(summaryOf), total, window);
  }

  /**
   * One message with its parts, as sent except for its unsubscribe token and its secrets (a reset link's or a
   * private link's token), blanked so that reading someone's mail does not let one act as them; 404 `record.not_found` when missing or outside the caller's region.
   */
  async get(id: string, user: SessionUser): Promise<MailMessageView> {
    const message = await this.messages
      .createQueryBuilder('m')
      .addSelect('m.secrets')
      .where('m.id = :id', { id })
      .getOne();
    if (!message) throw new RecordNotFoundException('mail');
    assertMay(user, 'mail.outbox.read', { regionId: message.regionId }, 'mail');
    const token = unsubscribeToken(await mailSecret(this.dataSource.manager), message.id);
    const blank = (part: string) =>
      [token, ...message.secrets].reduce((text, secret) => text.split(secret).join(HIDDEN_TOKEN), part);
    return {
      ...summaryOf(message),
      messageId: message.messageId,
      text: blank(message.textBody),
      html: blank(message.htmlBody),
    };
  }

  /**
   * Turns off the email of the token's message's kind for the message's account (`EmailChoices`, which is
   * notifications' `setEmailChoice`). 400 `mail.unsubscribe_invalid` when the token is not one we signed, its
   * message is gone, or the message went to no account or is of a kind one cannot turn off. Following a link twice
   * answers the same.
   */
  async unsubscribe(token: string): Promise<UnsubscribeResult> {
    return this.dataSource.transaction(async (manager) => {
      const id = messageOfToken(await mailSecret(manager), token);
      const message = id
        ? await manager.findOne(MailMessage, {
            where: { id },
            select: { id: true, accountId: true, kind: true },
          })
        : null;
      if (!message || !isUnsubscribable(message.accountId, message.kind))
        throw new ApiException(HttpStatus.BAD_REQUEST, 'mail.unsubscribe_invalid', {});
      await this.emailChoices.set(manager, message.accountId, message.kind, false);
      return { kind: message.kind };
    });
  }
}
