import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailController } from './mail.controller';
import { MailLifecycle } from './mail-lifecycle';
import { MailMessage } from './mail-message.entity';
import { MailService } from './mail.service';

/**
 * Outgoing mail (issue 19): the worker that delivers recorded messages (started and stopped with the API), the
 * outbox admins read, and unsubscribe links. Messages are recorded by `queueMail`, inside the event's transaction.
 */
@Module({
  imports: [TypeOrmModule.forFeature([MailMessage])],
  controllers: [MailController],
  providers: [MailService, MailLifecycle],
})
export class MailModule {}
