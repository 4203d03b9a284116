export { OrganisationApi } from './lib/organisation.api';
export { OrganisationAdminApi } from './lib/organisation-admin.api';
export type { AccountListFilter, AgencyListFilter, ImportEvent } from './lib/organisation-admin.api';
export { WorkingWeekApi } from './lib/working-week.api';
export { LetterheadApi } from './lib/letterhead.api';
