import { Module } from '@nestjs/common';
import { MailLifecycle } from './mail-lifecycle';

/**
 * Outgoing mail (issue 19): the worker that delivers recorded messages, started and stopped with the API.
 * Messages are recorded by `queueMail`, inside the event's transaction.
 */
@Module({ providers: [MailLifecycle] })
export class MailModule {}
