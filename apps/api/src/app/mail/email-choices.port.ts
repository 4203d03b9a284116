import type { NotificationKind } from '@prgauge/contracts';
import type { EntityManager } from 'typeorm';

/**
 * What an unsubscribe link asks of the accounts' notification choices, whose table notifications/ owns. Mail
 * declares it and notifications/ provides it (`setEmailChoice`, from its global module), so that mail/ never
 * imports the folder that records the messages it sends.
 */
export abstract class EmailChoices {
  /** Turns `kind`'s email on or off for one account, inside the caller's transaction. */
  abstract set(
    manager: EntityManager,
    accountId: string,
    kind: NotificationKind,
    enabled: boolean,
  ): Promise<void>;
}
