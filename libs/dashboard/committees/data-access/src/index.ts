export { CommitteesApi } from './lib/committees.api';
export { committeeDutiesOf, dependsOnCommitteeSeat, NO_DUTIES, reviewScope } from './lib/committee-duties';
export type { CommitteeDuties } from './lib/committee-duties';
export { FrameworkIndices } from './lib/framework-indices';
