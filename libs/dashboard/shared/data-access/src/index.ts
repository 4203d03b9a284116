export { apiProblemOf } from './lib/api-problem';
export type { ApiProblem, ProblemField } from './lib/api-problem';
export { SessionStore } from './lib/session.store';
export { LANDINGS, landingFor } from './lib/landing';
export type { Landing } from './lib/landing';
export { mayEnter } from './lib/may-enter.guard';
export { passwordChangeFirst, PASSWORD_PAGE } from './lib/password-first.guard';
export { allPages, withPage } from './lib/pages';
export { WriteState } from './lib/write-state';
export { readRefusal, reloadFailed } from './lib/read-refusal';
export { JobsApi } from './lib/jobs.api';
export {
  JobWatch,
  nextPollDelay,
  POLL_FIRST_MS,
  POLL_IDLE_MAX_MS,
  POLL_FAILING_MAX_MS,
} from './lib/job-watch';
export type { FollowedJob } from './lib/job-watch';
export { UnsubscribeApi } from './lib/unsubscribe.api';
export { isChunkNotLoaded, reloadOnStaleRelease } from './lib/stale-release';
