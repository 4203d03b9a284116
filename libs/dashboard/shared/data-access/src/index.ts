export { apiProblemOf } from './lib/api-problem';
export type { ApiProblem, ProblemField } from './lib/api-problem';
export { SessionStore } from './lib/session.store';
export { ResultsApi } from './lib/results.api';
export { LANDINGS, landingFor } from './lib/landing';
export type { Landing } from './lib/landing';
export { mayEnter } from './lib/may-enter.guard';
export { committeeDutiesOf, dependsOnCommitteeSeat, NO_DUTIES, reviewScope } from './lib/committee-duties';
export type { CommitteeDuties } from './lib/committee-duties';
export { SubmissionsApi } from './lib/submissions.api';
export type { ValueChange, UploadEvent } from './lib/submissions.api';
export { TrainingApi } from './lib/training.api';
export type {
  AttendanceInput,
  DateRange,
  TrainingEventFilter,
  TrainingEventInput,
  TrainingProgrammeInput,
} from './lib/training.api';
export { CommitteesApi } from './lib/committees.api';
export type { CommitteeInput, CommitteeMemberInput } from './lib/committees.api';
export { OrganisationApi } from './lib/organisation.api';
export { AuditApi } from './lib/audit.api';
export { CyclesApi } from './lib/cycles.api';
export type { CycleInput, CycleTransition, ExtensionInput } from './lib/cycles.api';
