export { ContestsApi } from './lib/contests.api';
export type { ContestUploadEvent } from './lib/contests.api';
export { ContestStore } from './lib/contest.store';
export { ContestsAdminApi } from './lib/contests-admin.api';
export { SeriesHistoryApi } from './lib/series-history.api';
