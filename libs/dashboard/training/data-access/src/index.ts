export { TrainingApi } from './lib/training.api';
export type { DateRange, ReportQuery, TrainingEventFilter } from './lib/training.api';
export { TrainingLookups } from './lib/training-lookups';
export type { TrainingManagement } from './lib/training-lookups';
