import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailController } from './mail.controller';
import { MailMessage } from './mail-message.entity';
import { MailService } from './mail.service';
import { registerMaintenanceTask } from '../jobs/maintenance-tasks';
import { registerQueueWorker } from '../jobs/queue-workers';
import { giveUpLostMail } from './lost-mail';
import { startMailWorker } from './start-mail-worker';

/**
 * Outgoing mail (issue 19): the worker that delivers recorded messages (started and stopped with the job worker),
 * the outbox admins read, and unsubscribe links. Messages are recorded by `queueMail`, inside the event's transaction.
 */
@Module({
  imports: [TypeOrmModule.forFeature([MailMessage])],
  controllers: [MailController],
  providers: [MailService],
})
export class MailModule implements OnModuleInit {
  onModuleInit(): void {
    registerQueueWorker('mail', startMailWorker);
    registerMaintenanceTask('mail.give-up-lost', giveUpLostMail);
  }
}
