import { Global, Module } from '@nestjs/common';
import { ResetLinkMailer } from '../auth/reset-link-mailer.port';
import { EmailChoices } from '../mail/email-choices.port';
import { setEmailChoice } from './email-choice';
import { NotificationDefaultsController } from './notification-defaults.controller';
import { NotificationPreferencesService } from './notification-preferences.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { Notifier } from './notifier';
import { resetLinkMailer } from './reset-link-mail';

/**
 * Notifications (issue 19): the `Notifier` every module records its events through, in its own transaction;
 * the bell's routes; each account's and each region's choice of what is told by which channel; and the email
 * choices that mail's unsubscribe links change (`EmailChoices`), and the email of auth's reset links
 * (`ResetLinkMailer`). Global, so that a module causing events needs no import of this one.
 */
@Global()
@Module({
  controllers: [NotificationsController, NotificationDefaultsController],
  providers: [
    Notifier,
    NotificationsService,
    NotificationPreferencesService,
    { provide: EmailChoices, useValue: { set: setEmailChoice } satisfies EmailChoices },
    { provide: ResetLinkMailer, useFactory: resetLinkMailer, inject: [Notifier] },
  ],
  exports: [Notifier, EmailChoices, ResetLinkMailer],
})
export class NotificationsModule {}
