import { AgencySearchSubscriber } from '../agencies/agency-search';
import { ApplicationPeopleSubscriber } from '../contests/applications/application-people';
import { ApplicationSearchSubscriber } from '../contests/applications/application-search';
import { EventSearchSubscriber } from '../training/event-search';
import { MailWakeSubscriber } from '../mail/mail-wake';
import { AccountSearchSubscriber } from '../users/account-search';

/** Every entity subscriber, listed once like the entities: each keeps columns of its module's own table. */
export const subscribers = [
  AgencySearchSubscriber,
  AccountSearchSubscriber,
  EventSearchSubscriber,
  // Before the search column, which reads the display fields it keeps.
  ApplicationPeopleSubscriber,
  ApplicationSearchSubscriber,
  // Wakes the mail workers when a transaction that queued mail commits.
  MailWakeSubscriber,
];
