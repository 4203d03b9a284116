import { Global, Module } from '@nestjs/common';
import { Notifier } from './notifier';

/**
 * Notifications (issue 19): the `Notifier` every module records its events through, in its own transaction.
 * Global, so that a module causing events needs no import of this one.
 */
@Global()
@Module({ providers: [Notifier], exports: [Notifier] })
export class NotificationsModule {}
