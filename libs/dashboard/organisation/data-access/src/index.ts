export { OrganisationApi } from './lib/organisation.api';
export { OrganisationAdminApi } from './lib/organisation-admin.api';
export type { ImportEvent } from './lib/organisation-admin.api';
export type { AccountListFilter, AgencyListFilter } from './lib/list-filters';
export { listableRegions } from './lib/list-filters';
export { OrganisationPickers } from './lib/organisation-pickers';
export type { PickedRecord } from './lib/organisation-pickers';
export { WorkingWeekApi } from './lib/working-week.api';
export { LetterheadApi } from './lib/letterhead.api';
