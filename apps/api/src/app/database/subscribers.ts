import { AgencySearchSubscriber } from '../agencies/agency-search';

/** Every entity subscriber, listed once like the entities: each keeps a module's own search column. */
export const subscribers = [AgencySearchSubscriber];
