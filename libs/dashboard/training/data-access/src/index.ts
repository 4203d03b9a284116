export { TrainingApi } from './lib/training.api';
export type { DateRange, TrainingEventFilter } from './lib/training.api';
