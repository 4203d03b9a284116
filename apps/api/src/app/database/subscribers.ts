import { AgencySearchSubscriber } from '../agencies/agency-search';
import { ApplicationSearchSubscriber } from '../contests/applications/application-search';
import { EventSearchSubscriber } from '../training/event-search';
import { AccountSearchSubscriber } from '../users/account-search';

/** Every entity subscriber, listed once like the entities: each keeps a module's own search column. */
export const subscribers = [
  AgencySearchSubscriber,
  AccountSearchSubscriber,
  EventSearchSubscriber,
  ApplicationSearchSubscriber,
];
