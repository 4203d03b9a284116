import { Global, Module } from '@nestjs/common';
import { EmailChoices } from '../mail/email-choices.port';
import { setEmailChoice } from './email-choice';
import { Notifier } from './notifier';

/**
 * Notifications (issue 19): the `Notifier` every module records its events through, in its own transaction, and
 * the accounts' email choices that mail's unsubscribe links change (`EmailChoices`). Global, so that a module
 * causing events needs no import of this one.
 */
@Global()
@Module({
  providers: [Notifier, { provide: EmailChoices, useValue: { set: setEmailChoice } satisfies EmailChoices }],
  exports: [Notifier, EmailChoices],
})
export class NotificationsModule {}
