export { apiProblemOf } from './lib/api-problem';
export type { ApiProblem } from './lib/api-problem';
export { SessionStore } from './lib/session.store';
export { ResultsApi } from './lib/results.api';
export { landingFor } from './lib/landing';
export { SubmissionsApi } from './lib/submissions.api';
export type { ValueChange, UploadEvent } from './lib/submissions.api';
